package dev.statusproblems.it.support;

import java.lang.reflect.Field;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.context.annotation.DeploymentScoped;
import org.jboss.arquillian.container.spi.event.container.AfterDeploy;
import org.jboss.arquillian.container.spi.event.container.AfterUnDeploy;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.LoadableExtension;

/**
 * On Payara Micro, sends the tests to 127.0.0.1: Micro announces its applications at its data grid
 * member's address, the machine's first network interface, whatever {@code --interfaces} says, and the
 * adapter hands that address to the tests. Other servers' addresses are left as they are.
 *
 * <p>Also stops each deployment's Micro at its undeployment: the adapter (4.0.alpha4) keeps only the
 * last Micro it started and stops that one, so with two deployments in a class the first one's Micro
 * outlived the build.
 */
public final class MicroLoopback implements LoadableExtension {

    private static final Map<String, URI> ROOTS = new ConcurrentHashMap<>();
    private static final Map<String, Process> MICROS = new ConcurrentHashMap<>();

    /**
     * Returns the root ({@code http://127.0.0.1:port/}) of the Micro that runs the named deployment, for a
     * deployment the test deploys itself (no URL of it can be injected before it exists).
     */
    public static URI root(String deployment) {
        URI root = ROOTS.get(deployment);
        if (root == null) {
            throw new IllegalStateException("No Payara Micro runs deployment " + deployment);
        }
        return root;
    }

    @Override
    public void register(ExtensionBuilder builder) {
        if (Server.micro()) {
            builder.observer(Rewriter.class);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> MICROS.values().forEach(Process::destroy)));
        }
    }

    /** Replaces each deployment's HTTP contexts by the same ports on loopback, right after deployment. */
    public static final class Rewriter {

        @Inject
        @DeploymentScoped
        private InstanceProducer<ProtocolMetaData> metaData;

        /** Moves the deployment's contexts to 127.0.0.1. */
        public void toLoopback(@Observes AfterDeploy event) {
            ProtocolMetaData announced = metaData.get();
            if (announced == null) {
                return;
            }
            ProtocolMetaData loopback = new ProtocolMetaData();
            for (HTTPContext context : announced.getContexts(HTTPContext.class)) {
                HTTPContext local = new HTTPContext("127.0.0.1", context.getPort());
                ROOTS.put(event.getDeployment().getName(), URI.create("http://127.0.0.1:" + context.getPort() + "/"));
                context.getServlets().forEach(local::add);
                loopback.addContext(local);
            }
            metaData.set(loopback);
            Process micro = startedMicro(event.getDeployableContainer());
            if (micro != null) {
                MICROS.put(event.getDeployment().getName(), micro);
            }
        }

        /** Stops the deployment's Micro if the adapter left it running. */
        public void stop(@Observes AfterUnDeploy event) throws InterruptedException {
            Process micro = MICROS.remove(event.getDeployment().getName());
            if (micro != null && micro.isAlive()) {
                micro.destroy();
                if (!micro.waitFor(60, TimeUnit.SECONDS)) {
                    micro.destroyForcibly();
                }
            }
        }

        private static Process startedMicro(Object adapter) {
            try {
                Field process = adapter.getClass().getDeclaredField("payaraMicroProcess");
                process.setAccessible(true);
                return (Process) process.get(adapter);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Payara Micro's adapter keeps its process elsewhere: " + e, e);
            }
        }
    }
}

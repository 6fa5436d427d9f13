package dev.statusproblems.openapi;

import dev.statusproblems.cdi.ProblemTypeRegistry;
import dev.statusproblems.model.HttpStatus;
import dev.statusproblems.model.ProblemDetail;
import dev.statusproblems.model.ProblemJson;
import dev.statusproblems.model.ProblemTypeDefinition;
import dev.statusproblems.model.ProblemXml;
import dev.statusproblems.model.StatusClass;
import dev.statusproblems.model.SuiteText;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.examples.Example;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * The OpenAPI documentation of an application's problems: the RFC 9457 {@code Problem} schema, the
 * shared {@code 4XX} and {@code 5XX} responses that carry it, and a reference to them on every
 * operation. Only loaded where MicroProfile OpenAPI is. Immutable. Package-private: this jar is an
 * automatic module, which exports every package, so only its filter is public.
 */
final class ProblemDocumentation {

    /** The name of the problem schema under {@code components.schemas}. */
    static final String SCHEMA = "Problem";

    /** The name of the client error response under {@code components.responses}. */
    static final String CLIENT_ERROR_RESPONSE = "ClientErrorProblem";

    /** The name of the server error response under {@code components.responses}. */
    static final String SERVER_ERROR_RESPONSE = "ServerErrorProblem";

    /** The response key of every client error (OpenAPI's status code range). */
    static final String CLIENT_ERRORS = "4XX";

    /** The response key of every server error (OpenAPI's status code range). */
    static final String SERVER_ERRORS = "5XX";

    /** The language of the document, which no request chooses. */
    private static final Locale LANGUAGE = Locale.ENGLISH;

    /** The XML namespace of RFC 9457 Appendix B. */
    private static final String XML_NAMESPACE = "urn:ietf:rfc:7807";

    private final ProblemTypeRegistry registry;
    private final String cataloguePath;

    private ProblemDocumentation(ProblemTypeRegistry registry, String cataloguePath) {
        this.registry = registry;
        this.cataloguePath = cataloguePath;
    }

    /**
     * The documentation of the problem types of {@code registry}, whose relative types resolve against
     * the catalogue at {@code cataloguePath} in the application ({@code none} when it is off).
     */
    static ProblemDocumentation of(ProblemTypeRegistry registry, String cataloguePath) {
        return new ProblemDocumentation(Objects.requireNonNull(registry, "registry"),
                Objects.requireNonNull(cataloguePath, "cataloguePath"));
    }

    /** Adds the schema and the responses to {@code openAPI}, keeping what it already documents under their names. */
    void addTo(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        if (components == null) {
            components = OASFactory.createComponents();
            openAPI.setComponents(components);
        }
        if (components.getSchemas() == null || !components.getSchemas().containsKey(SCHEMA)) {
            components.addSchema(SCHEMA, problemSchema());
        }
        if (components.getResponses() == null || !components.getResponses().containsKey(CLIENT_ERROR_RESPONSE)) {
            components.addResponse(CLIENT_ERROR_RESPONSE, response(StatusClass.CLIENT_ERROR));
        }
        if (components.getResponses() == null || !components.getResponses().containsKey(SERVER_ERROR_RESPONSE)) {
            components.addResponse(SERVER_ERROR_RESPONSE, response(StatusClass.SERVER_ERROR));
        }
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            if (path == null || path.getOperations() == null) {
                continue;
            }
            for (Operation operation : path.getOperations().values()) {
                APIResponses responses = operation.getResponses();
                if (responses == null) {
                    responses = OASFactory.createAPIResponses();
                    operation.setResponses(responses);
                }
                if (!responses.hasAPIResponse(CLIENT_ERRORS)) {
                    responses.addAPIResponse(CLIENT_ERRORS, OASFactory.createAPIResponse().ref(CLIENT_ERROR_RESPONSE));
                }
                if (!responses.hasAPIResponse(SERVER_ERRORS)) {
                    responses.addAPIResponse(SERVER_ERRORS, OASFactory.createAPIResponse().ref(SERVER_ERROR_RESPONSE));
                }
            }
        }
    }

    private Schema problemSchema() {
        Schema schema = typed(OASFactory.createSchema(), SchemaType.OBJECT)
                .description(SuiteText.OPENAPI_PROBLEM.in(LANGUAGE))
                .additionalPropertiesBoolean(Boolean.TRUE)
                .xml(OASFactory.createXML().name("problem").namespace(XML_NAMESPACE));
        schema.addProperty("type", typed(OASFactory.createSchema(), SchemaType.STRING)
                .format("uri-reference")
                .defaultValue(ProblemDetail.ABOUT_BLANK.toString())
                .description(typeDescription()));
        schema.addProperty("title", typed(OASFactory.createSchema(), SchemaType.STRING)
                .description(SuiteText.OPENAPI_TITLE.in(LANGUAGE)));
        schema.addProperty("status", typed(OASFactory.createSchema(), SchemaType.INTEGER)
                .format("int32")
                .minimum(BigDecimal.valueOf(100))
                .maximum(BigDecimal.valueOf(599))
                .description(SuiteText.OPENAPI_STATUS.in(LANGUAGE)));
        schema.addProperty("detail", typed(OASFactory.createSchema(), SchemaType.STRING)
                .description(SuiteText.OPENAPI_DETAIL.in(LANGUAGE)));
        schema.addProperty("instance", typed(OASFactory.createSchema(), SchemaType.STRING)
                .format("uri-reference")
                .description(SuiteText.OPENAPI_INSTANCE.in(LANGUAGE)));
        return schema;
    }

    private String typeDescription() {
        StringBuilder text = new StringBuilder(SuiteText.OPENAPI_TYPE.in(LANGUAGE));
        List<ProblemTypeDefinition> types = registry.types();
        if (!types.isEmpty()) {
            text.append(' ').append(SuiteText.OPENAPI_OWN_TYPES.in(LANGUAGE));
            for (ProblemTypeDefinition definition : types) {
                text.append("\n- ").append(registry.resolve(definition.type())).append(" (")
                        .append(definition.status().code()).append(' ')
                        .append(definition.status().reasonPhrase()).append("): ").append(definition.title());
            }
            if (registry.typeBase() == null && !cataloguePath.equalsIgnoreCase("none")
                    && types.stream().anyMatch(d -> !d.type().isAbsolute())) {
                text.append('\n').append(SuiteText.OPENAPI_RELATIVE_TYPES.in(LANGUAGE, cataloguePath));
            }
        }
        return text.toString();
    }

    private APIResponse response(StatusClass statusClass) {
        boolean client = statusClass == StatusClass.CLIENT_ERROR;
        MediaType json = OASFactory.createMediaType().schema(OASFactory.createSchema().ref(SCHEMA));
        HttpStatus generic = HttpStatus.of(client ? 404 : 500);
        ProblemDetail.Builder blank = ProblemDetail.builder(generic).language(LANGUAGE);
        if (!client) {
            blank.detail(SuiteText.SERVER_ERROR_DETAIL.in(LANGUAGE));
        }
        json.addExample(ProblemDetail.ABOUT_BLANK.toString(), example(blank.build(),
                generic.code() + " " + generic.reasonPhrase(), generic.description(LANGUAGE)));
        for (ProblemTypeDefinition definition : registry.types()) {
            if (definition.status().statusClass() == statusClass) {
                String description = definition.description().isEmpty()
                        ? definition.status().description(LANGUAGE)
                        : definition.description();
                URI type = registry.resolve(definition.type());
                json.addExample(type.toString(), example(definition.toBuilder(registry.typeBase()).build(),
                        definition.title(), description));
            }
        }
        MediaType xml = OASFactory.createMediaType().schema(OASFactory.createSchema().ref(SCHEMA));
        Content content = OASFactory.createContent()
                .addMediaType(ProblemJson.MEDIA_TYPE, json)
                .addMediaType(ProblemXml.MEDIA_TYPE, xml);
        return OASFactory.createAPIResponse()
                .description((client ? SuiteText.OPENAPI_CLIENT_ERROR : SuiteText.OPENAPI_SERVER_ERROR).in(LANGUAGE))
                .content(content);
    }

    private static Example example(ProblemDetail problem, String summary, String description) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("type", problem.type().toString());
        value.put("title", problem.title());
        value.put("status", problem.status());
        problem.detail().ifPresent(detail -> value.put("detail", detail));
        return OASFactory.createExample().summary(summary).description(description).value(value);
    }

    /**
     * {@code schema} of {@code type}: {@code Schema.type(SchemaType)} of MicroProfile OpenAPI 3.x became
     * {@code addType(SchemaType)} in 4.x (WildFly's), and this class runs on either.
     */
    private static Schema typed(Schema schema, SchemaType type) {
        try {
            Method setter;
            try {
                setter = Schema.class.getMethod("addType", SchemaType.class);
            } catch (NoSuchMethodException version3) {
                setter = Schema.class.getMethod("setType", SchemaType.class);
            }
            setter.invoke(schema, type);
            return schema;
        } catch (NoSuchMethodException | IllegalAccessException e) {
            throw new IllegalStateException("MicroProfile OpenAPI's Schema has neither addType nor setType", e);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            throw cause instanceof RuntimeException ? (RuntimeException) cause : new IllegalStateException(cause);
        }
    }
}

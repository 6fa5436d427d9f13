/**
 * The status model: every HTTP status code and what HTTP says about it, RFC 9457 problem details,
 * their JSON, XML and HTML codecs, and the {@code @ProblemType} annotations.
 */
@SuppressWarnings("module") // the friend of the qualified export, the pipeline, is built after this module
module dev.statusproblems.model {
    requires transitive jakarta.json;
    requires java.xml;

    exports dev.statusproblems.model;
    exports dev.statusproblems.model.internal
            to dev.statusproblems.responses;
}

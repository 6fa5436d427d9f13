package dev.statusproblems.model;

/**
 * What a user agent does with the request method when it follows a redirect (RFC 9110, Section 15.4).
 */
public enum RedirectMethod {
    /** The method and content are kept: 307, 308. */
    KEPT,
    /** The method may be changed from POST to GET, as user agents historically do: 301, 302. */
    MAY_BECOME_GET,
    /** The redirect target is retrieved with GET whatever the method was: 303. */
    BECOMES_GET
}

/**
 * The annotations that mark a layer for gradient checking. User main code depends on this module
 * alone; it has no dependency at run time (apiguardian is needed only to compile it). On the class path
 * the same jar works unchanged.
 *
 * @since 0.1.0
 */
module org.gradcheck4j.annotations {
    requires static org.apiguardian.api;

    exports org.gradcheck4j.annotation;
}

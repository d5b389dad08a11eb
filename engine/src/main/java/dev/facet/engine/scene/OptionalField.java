package dev.facet.engine.scene;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record component that is null in most data and written only when present (a
 * frame's sequence and step): the meta file leaves it out then, and so do canonical texts
 * of scenes, so adding such a component leaves existing outputs byte for byte the same.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.METHOD, ElementType.FIELD, ElementType.PARAMETER})
public @interface OptionalField {
}

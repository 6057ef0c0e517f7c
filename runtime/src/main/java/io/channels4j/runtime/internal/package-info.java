/**
 * Types the generated code extends and calls. Public because generated classes live in users'
 * packages; not an API, and may change in any release.
 */
package io.channels4j.runtime.internal;

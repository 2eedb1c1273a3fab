/** The benchmark suite: run through bench/run, never as part of ./mvnw verify. */
package io.jiandang.bench;

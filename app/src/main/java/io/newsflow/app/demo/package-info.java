/** The bundled demo site of fictional outlets, served locally for {@code newsflow run --demo}. */
package io.newsflow.app.demo;

package io.wallbreaker.shadow;

import io.wallbreaker.common.Problem;
import java.util.List;

/** One parsed row of an import file: its 1-based number, the body, and problems found while reading it. */
record ImportRow(int row, ShadowSystemCreate body, List<Problem.FieldError> readErrors) {}

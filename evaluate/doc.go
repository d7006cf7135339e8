// Package evaluate measures what corpus extracts against hand-labelled
// data: conlleval-style entity scores on GermEval 2014, date spans and
// values on WikiWarsDE, the seed gold, the project's claim annotations and
// its cross-checking test corpus. It reads gold files; it does not print.
package evaluate

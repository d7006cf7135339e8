// Package report writes rows of plain values in the output formats every
// corpus command offers: an aligned text table, CSV, TSV, a JSON array and
// newline-delimited JSON. It knows nothing of German or of news: callers
// name their columns and pass one row of values at a time.
//
// One switch in New picks the writer for a format; every writer sits behind
// the small Writer interface, so a command writes its rows once and gets all
// formats.
//
// Values. A row holds, in column order, any of: string, the integer types,
// float32 and float64, bool, []string, nil, a value with a MarshalText
// method (time.Time), or any other value encoding/json can marshal (nested
// rows such as the sides of a finding). How each format writes them:
//
//   - JSON and NDJSON: an object whose keys are the column names in column
//     order. Numbers stay numbers, nil is null, a nil []string is [] and
//     nested values are nested JSON. HTML characters are not escaped. JSON
//     is one array with each key on its own line and its value compact, so
//     that two outputs diff line by line; NDJSON is one compact object a
//     line. NaN and infinities, which JSON cannot hold, are written as null.
//   - CSV and TSV (RFC 4180 through encoding/csv, TSV with a tab as the
//     separator): a header row of the column names, always, even with no
//     rows. Numbers are written in the shortest form that reads back the same
//     (4.45, 87000000), bools as true/false, nil as an empty cell, []string
//     joined by "; ", and nested values as compact JSON text. Floats never
//     use exponent notation between 1e-6 and 1e21 (87000000, not 8.7e+07;
//     Number gives the same text to callers composing cells), in any
//     format: JSON numbers are written the same way.
//   - table: the same cell text as CSV in a Unicode box table drawn by
//     github.com/olekukonko/tablewriter, except that floats show at most
//     four decimals (66.6667 for 66.66666666666667; CSV and JSON keep every
//     digit) unless that would round them to 0. Columns that hold only numbers are
//     right-aligned. Widths are display widths, so umlauts, ß and German
//     quotation marks („…“, «…») align; East Asian ambiguous widths are
//     switched off whatever the locale says. Control characters other than
//     newline are shown as U+FFFD so that a cell cannot move the cursor or
//     change the terminal's colours; nested JSON gets spaces after , and :
//     so that it can wrap.
//
// Table width. A table is fitted to TerminalWidth: the width of the
// terminal when the output is one (golang.org/x/term), else the COLUMNS
// environment variable, else 80 (TableWidth overrides it). When every
// column fits at its natural width it keeps it. Otherwise each column gets
// a width by its need:
//
//   - tokens, columns whose cells have no space (IDs, numbers, stances,
//     types, ISO dates) up to 24 cells, keep their natural width and are
//     never broken;
//   - long text, columns whose cells are wider than 20 cells on average
//     (titles, evidence, explanations), gets all the room the others
//     leave, and at least half of what the tokens leave;
//   - short text (names, outlets) gets the width 9 of its 10 cells fit in,
//     narrowed where needed, but not below its longest word, or, where the
//     long text needs the room, below the longest word of 9 in 10 cells
//     (the others are broken).
//
// Text wraps at spaces. Only when a table cannot fit otherwise are words
// broken (after - / , _ : + or . where one falls in the second half, else
// at the column's edge), in text columns no narrower than 12 cells; a
// table whose tokens alone are wider than the terminal stays wider.
//
// Table columns. TableColumns lets a command show fewer columns in the
// table than the other formats carry: it still writes every value of every
// row, and CSV, TSV, JSON and NDJSON keep them all. Excerpt shortens long
// text around a point of interest (a byte offset), at word boundaries, for a
// table cell; a Focus value (text and offset) does it for the table alone,
// as long as the column's width allows in FocusLines lines, while the other
// formats write the whole text.
//
// CSV injection. A spreadsheet runs a cell that starts with = + - @, a tab or
// a carriage return as a formula (OWASP "CSV Injection"). In CSV and TSV
// every string cell (including joined []string cells) that starts with one
// of those characters is prefixed with a single quote ('), which makes the
// spreadsheet show it as text; a lone "-" (stdin as a source file) is no
// formula and stays as it is. Numbers are never touched, so a negative
// value stays a number; only the text of strings changes. JSON, NDJSON and
// the table write strings unchanged.
//
// Nothing is printed until Flush for table and JSON; CSV, TSV and NDJSON
// stream. Always call Flush once after the last row.
package report

import (
	"bytes"
	"encoding"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"reflect"
	"slices"
	"strconv"
	"strings"
)

// Writer writes rows in one output format.
type Writer interface {
	// Write adds one row; values are in column order, one a column.
	Write(values ...any) error
	// Flush writes what is buffered (the whole table, the end of the JSON
	// array). Call it once after the last row, also when there are no rows.
	Flush() error
}

// Format names accepted by New, in the order Formats lists them.
const (
	Table  = "table"
	CSV    = "csv"
	TSV    = "tsv"
	JSON   = "json"
	NDJSON = "ndjson"
)

// Formats returns the names of the output formats New accepts.
func Formats() []string {
	return []string{Table, CSV, TSV, JSON, NDJSON}
}

// New returns a writer of rows in format: "table", "csv", "tsv", "json" or
// "ndjson". columns are the snake_case column names: the CSV/TSV header, the
// JSON keys and the table header. The format name is case-insensitive.
// Tables are fitted to TerminalWidth(w).
func New(w io.Writer, format string, columns ...string) (Writer, error) {
	return NewWith(w, format, columns)
}

// Option changes how NewWith writes. Options that concern one format only
// (all of them, so far, concern the table) are ignored by the others.
type Option func(*options)

type options struct {
	tableColumns []string
	width        int
}

// TableColumns shows only the named columns, in the order given, in the
// table format. Rows are still written with a value for every column; CSV,
// TSV, JSON and NDJSON carry them all. A name that is not a column is an
// error of NewWith.
func TableColumns(names ...string) Option {
	return func(o *options) { o.tableColumns = append([]string{}, names...) }
}

// TableWidth fits tables to cells display cells instead of
// TerminalWidth(w). A width of 0 or less keeps TerminalWidth.
func TableWidth(cells int) Option {
	return func(o *options) { o.width = cells }
}

// NewWith is New with options: NewWith(w, format, columns, TableColumns(...)).
func NewWith(w io.Writer, format string, columns []string, opts ...Option) (Writer, error) {
	if len(columns) == 0 {
		return nil, fmt.Errorf("report: no columns")
	}
	seen := make(map[string]bool, len(columns))
	for _, c := range columns {
		if c == "" {
			return nil, fmt.Errorf("report: empty column name")
		}
		if seen[c] {
			return nil, fmt.Errorf("report: column %q named twice", c)
		}
		seen[c] = true
	}
	var o options
	for _, opt := range opts {
		opt(&o)
	}
	shown := make([]int, 0, len(columns))
	if o.tableColumns == nil {
		for i := range columns {
			shown = append(shown, i)
		}
	}
	for _, name := range o.tableColumns {
		i := slices.Index(columns, name)
		if i < 0 {
			return nil, fmt.Errorf("report: table column %q is not a column", name)
		}
		if slices.Contains(shown, i) {
			return nil, fmt.Errorf("report: table column %q named twice", name)
		}
		shown = append(shown, i)
	}
	if len(shown) == 0 {
		return nil, fmt.Errorf("report: no table columns")
	}
	cols := append([]string(nil), columns...)
	switch strings.ToLower(strings.TrimSpace(format)) {
	case Table:
		width := o.width
		if width <= 0 {
			width = TerminalWidth(w)
		}
		return newTable(w, cols, shown, width), nil
	case CSV:
		return newDelimited(w, ',', cols), nil
	case TSV:
		return newDelimited(w, '\t', cols), nil
	case JSON:
		return newJSON(w, cols, false), nil
	case NDJSON:
		return newJSON(w, cols, true), nil
	default:
		return nil, fmt.Errorf("unknown format %q (want one of %s)", format, strings.Join(Formats(), ", "))
	}
}

// checkRow reports a row whose length does not match the columns.
func checkRow(columns []string, values []any) error {
	if len(values) != len(columns) {
		return fmt.Errorf("report: row has %d values for %d columns", len(values), len(columns))
	}
	return nil
}

// text returns the cell text of v for CSV, TSV and tables.
func text(v any) (string, error) {
	switch x := v.(type) {
	case nil:
		return "", nil
	case string:
		return x, nil
	case []string:
		return strings.Join(x, "; "), nil
	case bool:
		return strconv.FormatBool(x), nil
	case int:
		return strconv.Itoa(x), nil
	case int8, int16, int32, int64:
		return strconv.FormatInt(reflect.ValueOf(x).Int(), 10), nil
	case uint, uint8, uint16, uint32, uint64:
		return strconv.FormatUint(reflect.ValueOf(x).Uint(), 10), nil
	case float64:
		return formatFloat(x, 64), nil
	case float32:
		return formatFloat(float64(x), 32), nil
	case *float64:
		if x == nil {
			return "", nil
		}
		return formatFloat(*x, 64), nil
	case encoding.TextMarshaler:
		if isNilPointer(v) {
			return "", nil
		}
		b, err := x.MarshalText()
		if err != nil {
			return "", fmt.Errorf("report: %T: %w", v, err)
		}
		return string(b), nil
	case fmt.Stringer:
		if isNilPointer(v) {
			return "", nil
		}
		return x.String(), nil
	}
	b, err := marshal(v)
	if err != nil {
		return "", err
	}
	return string(b), nil
}

// Number returns f as the table and CSV write it: the shortest decimal form
// that reads back the same, never in exponent notation between 1e-6 and
// 1e21 (87000000, 4.45, 0.001), so that commands composing cell text
// write numbers as the columns do.
func Number(f float64) string {
	return formatFloat(f, 64)
}

// formatFloat writes f in the shortest decimal form, never in exponent
// notation for the magnitudes news figures have.
func formatFloat(f float64, bits int) string {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return strconv.FormatFloat(f, 'g', -1, bits)
	}
	if f != 0 && (math.Abs(f) < 1e-6 || math.Abs(f) >= 1e21) {
		return strconv.FormatFloat(f, 'g', -1, bits)
	}
	return strconv.FormatFloat(f, 'f', -1, bits)
}

func isNilPointer(v any) bool {
	rv := reflect.ValueOf(v)
	return rv.Kind() == reflect.Pointer && rv.IsNil()
}

// marshal encodes v as compact JSON without HTML escaping. A nil []string
// becomes [], and NaN or infinite floats become null, so that a row never
// fails on a value JSON cannot hold.
func marshal(v any) ([]byte, error) {
	switch x := v.(type) {
	case []string:
		if x == nil {
			return []byte("[]"), nil
		}
	case float64:
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return []byte("null"), nil
		}
	case float32:
		if math.IsNaN(float64(x)) || math.IsInf(float64(x), 0) {
			return []byte("null"), nil
		}
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, fmt.Errorf("report: encode %T as JSON: %w", v, err)
	}
	return bytes.TrimRight(buf.Bytes(), "\n"), nil
}

var errFlushed = fmt.Errorf("report: write after Flush")

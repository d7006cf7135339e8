package report

import (
	"fmt"
	"io"
	"strings"
	"unicode"

	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/pkg/twwidth"
	"github.com/olekukonko/tablewriter/tw"
)

// Width is the terminal width tables are fitted to where they can be.
const Width = 80

// maxWord is the narrowest a column gets for the sake of its longest word:
// when the table does not fit otherwise, runs without a space (paths, URLs,
// JSON) that are wider than their column are broken.
const maxWord = 24

// table buffers rows and renders them with tablewriter on Flush.
type table struct {
	w       io.Writer
	columns []string
	rows    [][]string
	done    bool
	numbers []int // per column: rows holding a number
	others  []int // per column: rows holding a non-empty value that is no number
}

func newTable(w io.Writer, columns []string) *table {
	return &table{w: w, columns: columns, numbers: make([]int, len(columns)), others: make([]int, len(columns))}
}

func (t *table) Write(values ...any) error {
	if t.done {
		return errFlushed
	}
	if err := checkRow(t.columns, values); err != nil {
		return err
	}
	row := make([]string, len(values))
	for i, v := range values {
		s, err := text(v)
		if err != nil {
			return fmt.Errorf("column %s: %w", t.columns[i], err)
		}
		if isNested(v) {
			s = spaceJSON(s)
		}
		switch {
		case isNumber(v) && s != "":
			t.numbers[i]++
		case s != "":
			t.others[i]++
		}
		row[i] = printable(s)
	}
	t.rows = append(t.rows, row)
	return nil
}

func (t *table) Flush() error {
	if t.done {
		return nil
	}
	t.done = true
	header := make([]string, len(t.columns))
	for i, c := range t.columns {
		header[i] = strings.ToUpper(strings.ReplaceAll(c, "_", " "))
	}
	widths := fit(append([][]string{header}, t.rows...), Width)
	tbl := tablewriter.NewTable(t.w,
		tablewriter.WithEastAsian(tw.Off),
		tablewriter.WithRowAutoWrap(tw.WrapNone),
		tablewriter.WithHeaderAutoWrap(tw.WrapNone),
		tablewriter.WithHeaderAutoFormat(tw.Off),
		tablewriter.WithRowAlignmentConfig(tw.CellAlignment{Global: tw.AlignLeft, PerColumn: t.alignments()}),
		tablewriter.WithHeaderAlignment(tw.AlignLeft),
		tablewriter.WithTrimSpace(tw.Off),
	)
	hdr := make([]any, len(header))
	for i, h := range header {
		hdr[i] = wrap(breakLongWords(h, widths[i]), widths[i])
	}
	tbl.Header(hdr...)
	for _, r := range t.rows {
		cells := make([]string, len(r))
		for i, c := range r {
			cells[i] = wrap(breakLongWords(c, widths[i]), widths[i])
		}
		if err := tbl.Append(cells); err != nil {
			return fmt.Errorf("report: table row: %w", err)
		}
	}
	if err := tbl.Render(); err != nil {
		return fmt.Errorf("report: render table: %w", err)
	}
	t.rows = nil
	return nil
}

// alignments right-aligns the columns that hold numbers only, so that
// their digits line up; every other column is left-aligned.
func (t *table) alignments() []tw.Align {
	al := make([]tw.Align, len(t.columns))
	for i := range al {
		al[i] = tw.AlignLeft
		if t.numbers[i] > 0 && t.others[i] == 0 {
			al[i] = tw.AlignRight
		}
	}
	return al
}

// isNumber reports whether v is written as a number.
func isNumber(v any) bool {
	_, isBool := v.(bool)
	return isScalar(v) && !isBool
}

// fit returns the content width of each column so that the table is at
// most total cells wide where it can be: columns that fit keep their
// natural width, and the widest ones are narrowed to a common level, never
// below their longest word (or maxWord, if that is less).
func fit(rows [][]string, total int) []int {
	n := len(rows[0])
	natural := make([]int, n)
	least := make([]int, n)
	for _, r := range rows {
		for i, cell := range r {
			for _, line := range strings.Split(cell, "\n") {
				natural[i] = max(natural[i], twwidth.Width(line))
				for _, word := range strings.Split(line, " ") {
					least[i] = max(least[i], min(twwidth.Width(word), maxWord))
				}
			}
		}
	}
	budget := total - (3*n + 1) // "│ " before each cell, " " after, closing "│"
	width := func(level int) []int {
		w := make([]int, n)
		for i := range w {
			w[i] = max(min(natural[i], level), least[i], 1)
		}
		return w
	}
	sum := func(w []int) int {
		s := 0
		for _, x := range w {
			s += x
		}
		return s
	}
	hi := 0
	for _, x := range natural {
		hi = max(hi, x)
	}
	if sum(width(hi)) <= budget {
		return width(hi)
	}
	lo := 0 // the largest level whose widths fit, found by bisection
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if sum(width(mid)) <= budget {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return width(lo)
}

// wrap breaks each line of s between words so that no line is wider than
// width display cells (a single word wider than width stays whole).
func wrap(s string, width int) string {
	if twwidth.Width(s) <= width && !strings.Contains(s, "\n") {
		return s
	}
	var b strings.Builder
	for li, line := range strings.Split(s, "\n") {
		if li > 0 {
			b.WriteByte('\n')
		}
		col := 0
		for wi, word := range strings.Split(line, " ") {
			w := twwidth.Width(word)
			switch {
			case wi == 0:
			case col+1+w > width:
				b.WriteByte('\n')
				col = 0
			default:
				b.WriteByte(' ')
				col++
			}
			b.WriteString(word)
			col += w
		}
	}
	return b.String()
}

// printable replaces control characters other than newline, which could
// move the cursor or recolour the terminal, with U+FFFD; a tab becomes a
// space.
func printable(s string) string {
	if !strings.ContainsFunc(s, func(r rune) bool { return r != '\n' && unicode.IsControl(r) }) {
		return s
	}
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\n':
			return r
		case r == '\t':
			return ' '
		case unicode.IsControl(r):
			return '\uFFFD'
		}
		return r
	}, s)
}

// breakLongWords puts a line break into every run of s without white space
// that is wider than limit display cells, after a - / , _ : + or . where
// one falls in the second half of the piece, else at the limit.
func breakLongWords(s string, limit int) string {
	if twwidth.Width(s) <= limit {
		return s
	}
	var b strings.Builder
	for li, line := range strings.Split(s, "\n") {
		if li > 0 {
			b.WriteByte('\n')
		}
		for wi, word := range strings.Split(line, " ") {
			if wi > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(breakWord(word, limit))
		}
	}
	return b.String()
}

func breakWord(word string, limit int) string {
	var pieces []string
	for twwidth.Width(word) > limit {
		runes := []rune(word)
		cut, w := 0, 0
		for cut < len(runes) {
			rw := twwidth.Width(string(runes[cut]))
			if w+rw > limit {
				break
			}
			w += rw
			cut++
		}
		if cut == 0 {
			cut = 1
		}
		for i := cut - 1; i >= cut/2 && i > 0; i-- {
			if strings.ContainsRune("-/,_:+.", runes[i]) {
				cut = i + 1
				break
			}
		}
		pieces = append(pieces, string(runes[:cut]))
		word = string(runes[cut:])
	}
	return strings.Join(append(pieces, word), "\n")
}

// isNested reports whether v is written as JSON text in a cell.
func isNested(v any) bool {
	return !isText(v) && v != nil && !isScalar(v)
}

func isScalar(v any) bool {
	switch v.(type) {
	case bool, int, int8, int16, int32, int64, uint, uint8, uint16, uint32, uint64, float32, float64, *float64:
		return true
	}
	return false
}

// spaceJSON adds a space after every comma and colon of compact JSON that
// is not inside a string, so that a table can wrap it between values.
func spaceJSON(s string) string {
	var b strings.Builder
	inString, escaped := false, false
	for _, r := range s {
		b.WriteRune(r)
		switch {
		case escaped:
			escaped = false
		case inString && r == '\\':
			escaped = true
		case r == '"':
			inString = !inString
		case !inString && (r == ',' || r == ':'):
			b.WriteByte(' ')
		}
	}
	return b.String()
}

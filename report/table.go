package report

import (
	"fmt"
	"io"
	"math"
	"os"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/term"

	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/pkg/twwidth"
	"github.com/olekukonko/tablewriter/tw"
)

// DefaultWidth is the width tables are fitted to when the output is no
// terminal and COLUMNS is not set.
const DefaultWidth = 80

// maxWord is the narrowest a column gets for the sake of its longest word:
// when the table does not fit otherwise, runs without a space (paths, URLs,
// JSON) that are wider than their column are broken.
const maxWord = 24

// longText is the mean display width of a column's cells above which the
// column counts as long text (titles, evidence, explanations) that is
// given the space the short columns leave.
const longText = 20

// TerminalWidth returns the width in display cells that tables written to
// w are fitted to: the terminal's width when w is a terminal, else the
// COLUMNS environment variable when it holds a positive number, else
// DefaultWidth (80).
func TerminalWidth(w io.Writer) int {
	if f, ok := w.(interface{ Fd() uintptr }); ok {
		fd := int(f.Fd())
		if term.IsTerminal(fd) {
			if cols, _, err := term.GetSize(fd); err == nil && cols > 0 {
				return cols
			}
		}
	}
	if n, err := strconv.Atoi(strings.TrimSpace(os.Getenv("COLUMNS"))); err == nil && n > 0 {
		return n
	}
	return DefaultWidth
}

// table buffers rows and renders them with tablewriter on Flush.
type table struct {
	w       io.Writer
	columns []string // every column, as written
	shown   []int    // indexes of the columns the table shows, in order
	width   int      // total display width to fit to
	rows    [][]string
	done    bool
	focus   map[[2]int]Focus // by row and shown column: cells to excerpt
	numbers []int            // per shown column: rows holding a number
	others  []int            // per shown column: rows holding a non-empty value that is no number
}

func newTable(w io.Writer, columns []string, shown []int, width int) *table {
	return &table{w: w, columns: columns, shown: shown, width: width,
		numbers: make([]int, len(shown)), others: make([]int, len(shown))}
}

func (t *table) Write(values ...any) error {
	if t.done {
		return errFlushed
	}
	if err := checkRow(t.columns, values); err != nil {
		return err
	}
	row := make([]string, len(t.shown))
	for j, i := range t.shown {
		v := values[i]
		s, err := text(roundFloat(v))
		if err != nil {
			return fmt.Errorf("column %s: %w", t.columns[i], err)
		}
		if isNested(v) {
			s = spaceJSON(s)
		}
		switch {
		case isNumber(v) && s != "":
			t.numbers[j]++
		case s != "":
			t.others[j]++
		}
		row[j] = printable(s)
		if f, ok := v.(Focus); ok {
			if t.focus == nil {
				t.focus = map[[2]int]Focus{}
			}
			t.focus[[2]int{len(t.rows), j}] = f
		}
	}
	t.rows = append(t.rows, row)
	return nil
}

func (t *table) Flush() error {
	if t.done {
		return nil
	}
	t.done = true
	header := make([]string, len(t.shown))
	for j, i := range t.shown {
		header[j] = strings.ToUpper(strings.ReplaceAll(t.columns[i], "_", " "))
	}
	widths := fit(header, t.rows, t.width)
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
	for ri, r := range t.rows {
		cells := make([]string, len(r))
		for i, c := range r {
			if f, ok := t.focus[[2]int{ri, i}]; ok {
				cells[i] = excerptLines(f, widths[i], FocusLines)
				continue
			}
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
	al := make([]tw.Align, len(t.shown))
	for i := range al {
		al[i] = tw.AlignLeft
		if t.numbers[i] > 0 && t.others[i] == 0 {
			al[i] = tw.AlignRight
		}
	}
	return al
}

// excerptLines is the cell of f in a column width cells wide: an Excerpt
// around f.At that wraps to at most lines lines.
func excerptLines(f Focus, width, lines int) string {
	room := width * lines
	for {
		cell := wrap(breakLongWords(printable(Excerpt(f.Text, f.At, room)), width), width)
		if strings.Count(cell, "\n") < lines || room <= width {
			return cell
		}
		room -= max(width/4, 1)
	}
}

// tableDecimals is the most decimals a float shows in a table.
const tableDecimals = 4

// roundFloat rounds a float to tableDecimals decimals for the table
// (66.66666666666667 shows as 66.6667), unless that would make it 0.
func roundFloat(v any) any {
	var f float64
	switch x := v.(type) {
	case float64:
		f = x
	case float32:
		f = float64(x)
	case *float64:
		if x == nil {
			return v
		}
		f = *x
	default:
		return v
	}
	const scale = 1e4 // 10^tableDecimals
	if math.IsNaN(f) || math.IsInf(f, 0) || math.Abs(f) >= 1e15 {
		return v
	}
	r := math.Round(f*scale) / scale
	if r == 0 && f != 0 {
		return v
	}
	return r
}

// isNumber reports whether v is written as a number.
func isNumber(v any) bool {
	_, isBool := v.(bool)
	return isScalar(v) && !isBool
}

// column is what fit knows of one column.
type column struct {
	natural int  // widest line, header included
	least   int  // widest word, at most maxWord
	word9   int  // widest word in 9 of 10 cells, at most maxWord
	short   int  // width that 9 of 10 cells fit in, at least least
	spaced  bool // some cell has a space or a line break: it can wrap
	mean    int  // mean display width of the non-empty cells
}

func measure(header string, rows [][]string, i int) column {
	var c column
	var cells, words []int
	headerWord := 0
	for r := -1; r < len(rows); r++ {
		cell := header
		if r >= 0 {
			cell = rows[r][i]
		}
		word := 0
		for _, line := range strings.Split(cell, "\n") {
			c.natural = max(c.natural, twwidth.Width(line))
			for _, w := range strings.Split(line, " ") {
				word = max(word, min(twwidth.Width(w), maxWord))
			}
		}
		c.least = max(c.least, word)
		if r < 0 {
			headerWord = word
		}
		if r >= 0 && cell != "" {
			c.spaced = c.spaced || strings.ContainsAny(cell, " \n")
			cells = append(cells, twwidth.Width(strings.ReplaceAll(cell, "\n", " ")))
			words = append(words, word)
		}
	}
	c.short = c.least
	c.word9 = c.least
	if len(words) > 0 {
		slices.Sort(words)
		c.word9 = max(headerWord, words[(len(words)*9+9)/10-1])
	}
	if len(cells) > 0 {
		sum := 0
		for _, w := range cells {
			sum += w
		}
		c.mean = sum / len(cells)
		slices.Sort(cells)
		c.short = max(c.least, min(c.natural, cells[(len(cells)*9+9)/10-1]))
	}
	return c
}

// fit returns the content width of each column so that the table is at
// most total cells wide where it can be. When every column fits at its
// natural width, each keeps it. Otherwise columns fall in three kinds:
//
//   - tokens (no cell has a space: IDs, numbers, dates, types) up to maxWord
//     cells keep their natural width;
//   - long text (cells wider than longText on average: titles, evidence)
//     gets the space the others leave, at least half of what the tokens
//     leave (or its natural width, if less);
//   - short text (names, outlets) gets the width 9 of 10 of its cells fit
//     in, narrowed to a common level when that is too much, but not below
//     its longest word, or, where the long text needs the room, the longest
//     word of 9 in 10 of its cells; space that long text does not need goes
//     back to it.
//
// Long text and short text columns are narrowed to a common level within
// their kind (bisection), not below their longest word (or maxWord). Only
// when the table is still too wide are text columns narrowed further, to
// minBreak cells, breaking their longest words; tokens are never broken.
func fit(header []string, rows [][]string, total int) []int {
	n := len(header)
	cols := make([]column, n)
	natural := make([]int, n)
	least := make([]int, n)
	for i := range cols {
		cols[i] = measure(header[i], rows, i)
		natural[i] = cols[i].natural
		least[i] = cols[i].least
	}
	budget := total - (3*n + 1) // "│ " before each cell, " " after, closing "│"
	if sum(natural) <= budget {
		return natural
	}
	widths := make([]int, n)
	var long, short []int
	for i, c := range cols {
		switch {
		case !c.spaced && c.natural <= maxWord:
			widths[i] = c.natural
			budget -= c.natural
		case c.spaced && c.mean > longText:
			long = append(long, i)
		default:
			short = append(short, i)
		}
	}
	if len(long) == 0 {
		level(widths, short, natural, least, budget)
		return squeeze(widths, short, budget)
	}
	longNatural := 0
	for _, i := range long {
		longNatural += natural[i]
	}
	reserve := min(longNatural, max(budget/2, 30*len(long)))
	capShort := make([]int, n)
	word9 := make([]int, n)
	for _, i := range short {
		capShort[i] = cols[i].short
		word9[i] = cols[i].word9
	}
	// Short text gives up room for the long text down to the longest word
	// of 9 in 10 of its cells: the few longer words are broken.
	level(widths, short, capShort, least, budget-reserve)
	if sumOf(widths, short) > budget-reserve {
		level(widths, short, capShort, word9, budget-reserve)
	}
	level(widths, long, natural, least, budget-sumOf(widths, short))
	if left := budget - sumOf(widths, long); left > sumOf(widths, short) {
		level(widths, short, natural, least, left)
	}
	return squeeze(widths, append(short, long...), budget)
}

// minBreak is the narrowest squeeze makes a text column.
const minBreak = 12

// squeeze narrows the text columns idx further when their widths still
// exceed budget, to a common level but not below minBreak (or their
// width, if less): their longest words are then broken.
func squeeze(widths, idx []int, budget int) []int {
	if sumOf(widths, idx) <= budget {
		return widths
	}
	hi := slices.Clone(widths)
	lo := make([]int, len(widths))
	for _, i := range idx {
		lo[i] = min(widths[i], minBreak)
	}
	level(widths, idx, hi, lo, budget)
	return widths
}

// level sets widths[i] for the columns idx to min(hi[i], l), but not below
// lo[i] or 1, at the highest common level l whose sum fits in budget, and
// hands what is left of budget, a cell a column, to the columns cut by l.
func level(widths, idx, hi, lo []int, budget int) {
	if len(idx) == 0 {
		return
	}
	at := func(l int) int {
		s := 0
		for _, i := range idx {
			widths[i] = max(min(hi[i], l), lo[i], 1)
			s += widths[i]
		}
		return s
	}
	top := 0
	for _, i := range idx {
		top = max(top, hi[i])
	}
	if at(top) <= budget {
		return
	}
	l, h := 0, top // the largest level whose widths fit, found by bisection
	for l < h {
		mid := (l + h + 1) / 2
		if at(mid) <= budget {
			l = mid
		} else {
			h = mid - 1
		}
	}
	left := budget - at(l)
	for _, i := range idx {
		if left <= 0 {
			break
		}
		if widths[i] == l && hi[i] > l {
			widths[i]++
			left--
		}
	}
}

func sum(xs []int) int {
	s := 0
	for _, x := range xs {
		s += x
	}
	return s
}

func sumOf(widths, idx []int) int {
	s := 0
	for _, i := range idx {
		s += widths[i]
	}
	return s
}

// Wrap breaks each line of s between words (at single spaces) so that no
// line is wider than width display cells; a word wider than width stays
// whole. It is how table cells wrap, for text printed outside a table.
func Wrap(s string, width int) string {
	return wrap(s, width)
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

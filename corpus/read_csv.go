package corpus

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"
)

// csvReader reads CSV records of any delimiter and quote character, one at
// a time, counting lines. It is lenient as spreadsheets' exports need: a
// quote inside a quoted field that is not followed by the delimiter or the
// line end is taken as a literal character; doubled quotes are one quote.
type csvReader struct {
	br    *bufio.Reader
	comma byte
	quote byte
	line  int // lines consumed so far
	max   int
}

var errCSVTooLong = errors.New("record too long")

// read returns the next record and the line it starts on; io.EOF at the end.
func (c *csvReader) read() ([]string, int, error) {
	var fields []string
	var field []byte
	start := 0
	inQuote := false
	total := 0
	for {
		b, err := readLine(c.br, c.max)
		if errors.Is(err, errLineTooLong) {
			c.line++
			return nil, c.line, errCSVTooLong
		}
		if err == io.EOF && len(b) == 0 {
			if inQuote {
				fields = append(fields, string(field))
				return fields, start, fmt.Errorf("quoted field not closed before the end of the file")
			}
			return nil, c.line + 1, io.EOF
		}
		if err != nil && err != io.EOF {
			return nil, c.line + 1, err
		}
		c.line++
		if start == 0 {
			start = c.line
		}
		b = bytes.TrimSuffix(b, []byte{'\r'})
		total += len(b)
		if total > c.max {
			return nil, start, errCSVTooLong
		}
		if !inQuote && len(b) == 0 && fields == nil {
			start = 0
			if err == io.EOF {
				return nil, c.line + 1, io.EOF
			}
			continue // blank line between records
		}
		i := 0
		if inQuote {
			field = append(field, '\n')
		}
		for {
			if !inQuote {
				// at the start of a field
				if i < len(b) && b[i] == c.quote {
					inQuote = true
					i++
				} else {
					j := bytes.IndexByte(b[i:], c.comma)
					if j < 0 {
						field = append(field, b[i:]...)
						fields = append(fields, string(field))
						return fields, start, nil
					}
					field = append(field, b[i:i+j]...)
					fields = append(fields, string(field))
					field = field[:0]
					i += j + 1
					continue
				}
			}
			// inside quotes
			closed := false
			for i < len(b) {
				ch := b[i]
				if ch != c.quote {
					field = append(field, ch)
					i++
					continue
				}
				if i+1 < len(b) && b[i+1] == c.quote {
					field = append(field, ch)
					i += 2
					continue
				}
				if i+1 == len(b) || b[i+1] == c.comma {
					closed = true
					i++
					break
				}
				field = append(field, ch) // a stray quote
				i++
			}
			if !closed {
				break // the field goes on on the next line
			}
			inQuote = false
			// after the closing quote: the delimiter or the line end
			if i >= len(b) {
				fields = append(fields, string(field))
				return fields, start, nil
			}
			i++ // delimiter
			fields = append(fields, string(field))
			field = field[:0]
		}
		if err == io.EOF {
			fields = append(fields, string(field))
			return fields, start, fmt.Errorf("quoted field not closed before the end of the file")
		}
	}
}

// csvNames are column names that mark a first row as a header.
var csvNames = map[string]bool{"category": true, "label": true, "id": true, "kategorie": true, "titel": true, "datum": true, "quelle": true, "autor": true, "text": true}

func init() {
	for _, d := range defaultFields {
		for _, n := range d.names {
			csvNames[strings.ToLower(n)] = true
		}
	}
}

// sniffCSV picks the delimiter and quote character the first records read
// best with: the same number of fields in each, more than one, and the
// quote actually used.
func sniffCSV(head []byte, opts Options) (comma, quote byte) {
	commas := []byte{',', ';', '\t', '|'}
	quotes := []byte{'"', '\''}
	if opts.CSVDelimiter != 0 {
		commas = []byte{byte(opts.CSVDelimiter)}
	}
	if opts.CSVQuote != 0 {
		quotes = []byte{byte(opts.CSVQuote)}
	}
	best := -1
	comma, quote = commas[0], quotes[0]
	for _, cm := range commas {
		for _, q := range quotes {
			cr := &csvReader{br: bufio.NewReader(bytes.NewReader(head)), comma: cm, quote: q, max: len(head) + 1}
			counts := map[int]int{}
			recs := 0
			for recs < 20 {
				f, _, err := cr.read()
				if err != nil {
					// the end, or a last record cut off by the sniff window
					break
				}
				counts[len(f)]++
				recs++
			}
			// the most frequent field count, and how many records have it
			mode, agree := 0, 0
			for n, c := range counts {
				if c > agree || c == agree && n > mode {
					mode, agree = n, c
				}
			}
			quoted := 0
			for _, line := range bytes.SplitN(head, []byte{'\n'}, 21) {
				if len(line) > 0 && line[0] == q {
					quoted++
				}
				quoted += bytes.Count(line, []byte{cm, q})
			}
			score := 0
			if mode > 1 && recs > 0 {
				score = agree*1000/recs*10_000 + min(quoted, 999)*10 + min(mode, 9)
			}
			if score > best {
				best, comma, quote = score, cm, q
			}
		}
	}
	if opts.Format == "tsv" && opts.CSVDelimiter == 0 {
		comma = '\t'
	}
	return comma, quote
}

// readCSV reads one article a CSV record. The delimiter and quote are
// detected unless set; the first row is a header when Options.CSVHeader
// says so or, by default, when it looks like one. Without a header the
// text column is the one with the longest cell in the first record, and
// other columns are named by their 1-based number for Options.Fields.
func (r *reader) readCSV(name string, in *bufio.Reader, format string) error {
	br := bufio.NewReaderSize(in, 1<<18)
	if head, _ := br.Peek(3); bytes.Equal(head, bomUTF8) {
		_, _ = br.Discard(3)
	}
	for _, q := range []rune{r.opts.CSVDelimiter, r.opts.CSVQuote} {
		if q >= utf8.RuneSelf {
			return &InputError{File: name, Err: fmt.Errorf("CSV delimiter and quote must be ASCII, not %q", q)}
		}
	}
	head, _ := br.Peek(1 << 18)
	if len(bytes.TrimSpace(head)) == 0 {
		return &InputError{File: name, Err: ErrEmpty}
	}
	if bytes.IndexByte(head, 0) >= 0 {
		return &InputError{File: name, Line: lineAt(head, bytes.IndexByte(head, 0)), Err: ErrBinary}
	}
	opts := r.opts
	if format == "tsv" {
		opts.Format = "tsv"
	}
	comma, quote := sniffCSV(head, opts)
	cr := &csvReader{br: br, comma: comma, quote: quote, max: r.maxBytes()}

	var header []string
	textCol := -1
	want := 0
	rec := 0
	for {
		f, line, err := cr.read()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			r.skip(&InputError{File: name, Line: line, Err: fmt.Errorf("CSV: %w", err)})
			if errors.Is(err, errCSVTooLong) {
				continue
			}
			return nil
		}
		for i := range f {
			f[i], _ = DecodeString(f[i])
		}
		if want == 0 {
			want = len(f)
			if r.isHeader(f) {
				header = make([]string, len(f))
				for i, h := range f {
					header[i] = strings.TrimSpace(h)
				}
				continue
			}
		}
		if len(f) < want {
			r.skip(&InputError{File: name, Line: line, Err: fmt.Errorf("CSV record has %d fields, want %d (a missing column)", len(f), want)})
			continue
		}
		if len(f) > want {
			r.skip(&InputError{File: name, Line: line, Err: fmt.Errorf("CSV record has %d fields, want %d (an unquoted delimiter?)", len(f), want)})
			continue
		}
		rec++
		fields := make([]kv, len(f))
		for i, v := range f {
			k := strconv.Itoa(i + 1)
			if header != nil && header[i] != "" {
				k = header[i]
			}
			fields[i] = kv{k, v}
		}
		var record Record
		if header != nil {
			record, _ = recordFrom(fields, r.opts.Fields, false)
		} else {
			record, _ = recordFrom(fields, r.opts.Fields, true)
			if _, ok := r.opts.Fields["text"]; !ok {
				if textCol < 0 {
					for i, v := range f {
						if textCol < 0 || len(v) > len(f[textCol]) {
							textCol = i
						}
					}
				}
				record.Text = f[textCol]
			}
		}
		record.SourceFile, record.SourceLine, record.Format, record.valid = name, rec, "csv", true
		if strings.TrimSpace(record.Text) == "" {
			r.skip(&InputError{File: name, Line: line, Err: errors.New("CSV record has no text")})
			continue
		}
		if err := r.put(record, line); err != nil {
			return err
		}
	}
}

// isHeader says whether a first CSV record is a header row.
func (r *reader) isHeader(f []string) bool {
	switch r.opts.CSVHeader {
	case HeaderYes:
		return true
	case HeaderNo:
		return false
	}
	known := false
	for _, c := range f {
		c = strings.TrimSpace(c)
		if len(c) > 40 || strings.Count(c, " ") > 3 {
			return false
		}
		if csvNames[strings.ToLower(c)] {
			known = true
		}
		for _, v := range r.opts.Fields {
			if strings.EqualFold(v, c) {
				known = true
			}
		}
	}
	return known
}

package corpus

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// defaultFields lists, for each article field, the input field names tried
// in order when Options.Fields does not name one: news-please's names first,
// then FANG-COVID's, then common others.
var defaultFields = []struct {
	field string
	names []string
}{
	{"text", []string{"maintext", "article", "text", "body", "content", "article_text"}},
	{"title", []string{"title", "header", "headline"}},
	{"published", []string{"date_publish", "date", "published", "date_published", "datePublished", "pubdate", "publish_date"}},
	{"outlet", []string{"source_domain", "source", "outlet", "publisher", "site_name", "sitename"}},
	{"url", []string{"url", "link", "source_url"}},
	{"author", []string{"authors", "author", "byline"}},
	{"id", []string{"id", "_id", "guid"}},
}

// ArticleFields are the article fields a Fields option may map.
// "id" is the record's own identifier, which tells apart records of the
// same text (see ArticleID).
var ArticleFields = []string{"text", "title", "published", "outlet", "url", "author", "id"}

// kv is one field of an input record, its value as text.
type kv struct{ key, val string }

// recordFrom builds a Record from an input's fields, using opts.Fields and
// then the default names. It returns the name of the field taken for each
// article field, for the rules.
func recordFrom(fields []kv, over map[string]string, noDefaults bool) (Record, map[string]string) {
	var rec Record
	src := map[string]string{}
	get := func(field string, names []string) string {
		if n, ok := over[field]; ok {
			names = []string{n}
		} else if noDefaults {
			return ""
		}
		for _, n := range names {
			for _, f := range fields {
				if strings.EqualFold(f.key, n) && strings.TrimSpace(f.val) != "" {
					src[field] = f.key
					return f.val
				}
			}
		}
		return ""
	}
	for _, d := range defaultFields {
		v := get(d.field, d.names)
		switch d.field {
		case "text":
			rec.Text = v
		case "title":
			rec.Title = v
		case "published":
			rec.Published = v
		case "outlet":
			rec.Outlet = v
		case "url":
			rec.URL = v
		case "author":
			rec.Author = v
		case "id":
			rec.ID = v
		}
	}
	return rec, src
}

// readJSONL reads one JSON object a line. A malformed line is skipped with
// its line number and the next line is read.
func (r *reader) readJSONL(name string, br *bufio.Reader) error {
	var fields []kv
	line := 0
	for {
		b, err := readLine(br, r.maxBytes())
		if len(b) > 0 || err == nil {
			line++
		}
		if errors.Is(err, errLineTooLong) {
			r.skip(&InputError{File: name, Line: line, Err: fmt.Errorf("line longer than %d bytes", r.maxBytes())})
			continue
		}
		if err != nil && err != io.EOF {
			return &InputError{File: name, Line: line, Err: fmt.Errorf("read: %w", err)}
		}
		if t := bytes.TrimSpace(b); len(t) > 0 {
			if e := r.jsonLine(name, line, t, &fields); e != nil {
				return e
			}
		}
		if err == io.EOF {
			return nil
		}
	}
}

func (r *reader) jsonLine(name string, line int, b []byte, fields *[]kv) error {
	if line == 1 {
		b = bytes.TrimPrefix(b, bomUTF8)
	}
	if bytes.IndexByte(b, 0) >= 0 {
		r.skip(&InputError{File: name, Line: line, Err: ErrBinary})
		return nil
	}
	if !utf8.Valid(b) {
		u, _, err := decode1252(b)
		if err != nil {
			r.skip(&InputError{File: name, Line: line, Err: err})
			return nil
		}
		b = u
	}
	fs, err := parseObject(b, (*fields)[:0], true)
	*fields = fs
	if err != nil {
		r.skip(&InputError{File: name, Line: line, Err: fmt.Errorf("malformed JSON: %w", err)})
		return nil
	}
	rec, _ := recordFrom(fs, r.opts.Fields, false)
	rec.SourceFile, rec.SourceLine, rec.Format, rec.valid = name, line, "jsonl", true
	if rec.Text == "" {
		r.skip(&InputError{File: name, Line: line, Err: errors.New("no text field (tried " + textFieldNames(r.opts.Fields) + ")")})
		return nil
	}
	return r.put(rec, line)
}

func textFieldNames(over map[string]string) string {
	if n, ok := over["text"]; ok {
		return n
	}
	return strings.Join(defaultFields[0].names, ", ")
}

var errLineTooLong = errors.New("line too long")

// readLine reads one line without its newline, of any length up to max;
// a longer line is consumed and reported as errLineTooLong.
func readLine(br *bufio.Reader, max int) ([]byte, error) {
	var buf []byte
	for {
		chunk, err := br.ReadSlice('\n')
		if len(buf)+len(chunk) > max {
			buf = nil
			for err == bufio.ErrBufferFull {
				_, err = br.ReadSlice('\n')
			}
			if err == nil || err == io.EOF {
				return nil, errLineTooLong
			}
			return nil, err
		}
		if err == bufio.ErrBufferFull {
			buf = append(buf, chunk...)
			continue
		}
		if buf != nil {
			buf = append(buf, chunk...)
			chunk = buf
		}
		chunk = bytes.TrimSuffix(chunk, []byte{'\n'})
		return chunk, err
	}
}

// readJSON reads a .json file: one object, an array of objects, or objects
// one after another. A syntax error stops the file, since JSON cannot be
// resynchronised, and is reported with its line.
func (r *reader) readJSON(name string, br *bufio.Reader) error {
	if head, _ := br.Peek(3); bytes.Equal(head, bomUTF8) {
		_, _ = br.Discard(3)
	}
	cr := &countingReader{r: br}
	dec := json.NewDecoder(cr)
	dec.UseNumber()
	lineOf := func() int { return cr.lineAt(dec.InputOffset()) }
	first := true
	inArray := false
	var fields []kv
	for {
		if first {
			first = false
			c, err := peekNonSpace(br, cr)
			if err == io.EOF {
				return &InputError{File: name, Err: ErrEmpty}
			}
			if c == '[' {
				if _, err := dec.Token(); err != nil {
					return &InputError{File: name, Line: lineOf(), Err: fmt.Errorf("malformed JSON: %w", err)}
				}
				inArray = true
			}
		}
		if inArray && !dec.More() {
			return nil
		}
		var raw json.RawMessage
		err := dec.Decode(&raw)
		if err == io.EOF && !inArray {
			return nil
		}
		if err != nil {
			return &InputError{File: name, Line: lineOf(), Err: fmt.Errorf("malformed JSON: %w", err)}
		}
		line := cr.lineAt(dec.InputOffset() - int64(len(raw)))
		raw = bytes.TrimSpace(raw)
		if len(raw) > r.maxBytes() {
			r.skip(&InputError{File: name, Line: line, Err: fmt.Errorf("object larger than %d bytes", r.maxBytes())})
			continue
		}
		fields, err = parseFlatObject(raw, fields[:0])
		if err != nil {
			r.skip(&InputError{File: name, Line: line, Err: fmt.Errorf("not a JSON object: %w", err)})
			continue
		}
		rec, _ := recordFrom(fields, r.opts.Fields, false)
		rec.SourceFile, rec.SourceLine, rec.Format = name, line, "json"
		if rec.Text == "" {
			r.skip(&InputError{File: name, Line: line, Err: errors.New("no text field (tried " + textFieldNames(r.opts.Fields) + ")")})
			continue
		}
		if err := r.put(rec, line); err != nil {
			return err
		}
	}
}

// peekNonSpace returns the first byte that is not white space, without
// consuming it; the white space it passes is counted.
func peekNonSpace(br *bufio.Reader, cr *countingReader) (byte, error) {
	for {
		b, err := br.Peek(1)
		if err != nil {
			return 0, io.EOF
		}
		switch b[0] {
		case ' ', '\t', '\r', '\n':
			_, _ = br.Discard(1)
			if b[0] == '\n' {
				cr.skipped++
			}
			cr.skippedBytes++
		default:
			return b[0], nil
		}
	}
}

// countingReader counts the lines it has passed, so that a decoder's
// offset can be turned into a line number.
type countingReader struct {
	r            io.Reader
	n            int64   // bytes read
	nl           []int64 // offsets of newlines read
	skipped      int     // newlines consumed before the decoder started
	pruned       int     // newlines forgotten by lineAt
	skippedBytes int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	for i := 0; i < n; i++ {
		if p[i] == '\n' {
			c.nl = append(c.nl, c.n+int64(i))
		}
	}
	c.n += int64(n)
	return n, err
}

// lineAt is the 1-based line of the decoder's offset off. Offsets asked
// for only grow, so newlines before off are forgotten (counted in pruned)
// to keep memory flat on large files.
func (c *countingReader) lineAt(off int64) int {
	lo, hi := 0, len(c.nl)
	for lo < hi {
		m := (lo + hi) / 2
		if c.nl[m] < off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	line := c.skipped + c.pruned + lo + 1
	if lo > 4096 {
		c.pruned += lo
		c.nl = append(c.nl[:0], c.nl[lo:]...)
	}
	return line
}

// parseFlatObject parses one JSON object into its fields, appending to out.
// String values are unescaped; an array of strings becomes its items joined
// by ", "; numbers, booleans and nested values keep their JSON text; null is
// "". The whole of b must be the object (white space around it allowed).
func parseFlatObject(b []byte, out []kv) ([]kv, error) {
	return parseObject(b, out, false)
}

// parseObject is parseFlatObject for input known (valid) to be UTF-8 or not.
func parseObject(b []byte, out []kv, valid bool) ([]kv, error) {
	p := jsonParser{b: b, valid: valid}
	p.ws()
	if !p.eat('{') {
		return out, p.errf("expected '{'")
	}
	p.ws()
	if p.eat('}') {
		return out, p.end()
	}
	for {
		p.ws()
		if p.peek() != '"' {
			return out, p.errf("expected a field name")
		}
		key, err := p.str()
		if err != nil {
			return out, err
		}
		p.ws()
		if !p.eat(':') {
			return out, p.errf("expected ':'")
		}
		p.ws()
		val, err := p.value()
		if err != nil {
			return out, err
		}
		out = append(out, kv{key, val})
		p.ws()
		if p.eat(',') {
			continue
		}
		if p.eat('}') {
			return out, p.end()
		}
		return out, p.errf("expected ',' or '}'")
	}
}

type jsonParser struct {
	b     []byte
	i     int
	buf   []byte
	valid bool // b is known to be valid UTF-8
}

func (p *jsonParser) errf(msg string) error {
	if p.i >= len(p.b) {
		return fmt.Errorf("%s at end of input", msg)
	}
	return fmt.Errorf("%s at byte %d", msg, p.i+1)
}

func (p *jsonParser) end() error {
	p.ws()
	if p.i != len(p.b) {
		return p.errf("unexpected data after the object")
	}
	return nil
}

func (p *jsonParser) ws() {
	for p.i < len(p.b) {
		switch p.b[p.i] {
		case ' ', '\t', '\n', '\r':
			p.i++
		default:
			return
		}
	}
}

func (p *jsonParser) peek() byte {
	if p.i < len(p.b) {
		return p.b[p.i]
	}
	return 0
}

func (p *jsonParser) eat(c byte) bool {
	if p.i < len(p.b) && p.b[p.i] == c {
		p.i++
		return true
	}
	return false
}

// value parses any JSON value and returns it as text (see parseFlatObject).
func (p *jsonParser) value() (string, error) {
	switch c := p.peek(); {
	case c == '"':
		return p.str()
	case c == '[':
		start := p.i
		items, ok, err := p.stringArray()
		if err != nil {
			return "", err
		}
		if ok {
			return strings.Join(items, ", "), nil
		}
		p.i = start
		if err := p.skip(0); err != nil {
			return "", err
		}
		return string(p.b[start:p.i]), nil
	case c == 'n':
		if p.lit("null") {
			return "", nil
		}
	default:
		start := p.i
		if err := p.skip(0); err != nil {
			return "", err
		}
		return string(p.b[start:p.i]), nil
	}
	return "", p.errf("invalid value")
}

// stringArray parses an array when all its items are strings; ok is false
// (and the position undefined) when an item is something else.
func (p *jsonParser) stringArray() ([]string, bool, error) {
	p.i++ // '['
	var items []string
	p.ws()
	if p.eat(']') {
		return items, true, nil
	}
	for {
		p.ws()
		if p.peek() != '"' {
			return nil, false, nil
		}
		s, err := p.str()
		if err != nil {
			return nil, false, err
		}
		items = append(items, s)
		p.ws()
		if p.eat(',') {
			continue
		}
		if p.eat(']') {
			return items, true, nil
		}
		return nil, false, p.errf("expected ',' or ']'")
	}
}

func (p *jsonParser) lit(s string) bool {
	if bytes.HasPrefix(p.b[p.i:], []byte(s)) {
		p.i += len(s)
		return true
	}
	return false
}

// skip passes over one value of any kind, checking its syntax.
func (p *jsonParser) skip(depth int) error {
	if depth > 200 {
		return p.errf("nested too deeply")
	}
	p.ws()
	switch c := p.peek(); {
	case c == '"':
		_, err := p.str()
		return err
	case c == '{' || c == '[':
		closing := byte('}')
		if c == '[' {
			closing = ']'
		}
		p.i++
		p.ws()
		if p.eat(closing) {
			return nil
		}
		for {
			p.ws()
			if c == '{' {
				if p.peek() != '"' {
					return p.errf("expected a field name")
				}
				if _, err := p.str(); err != nil {
					return err
				}
				p.ws()
				if !p.eat(':') {
					return p.errf("expected ':'")
				}
			}
			if err := p.skip(depth + 1); err != nil {
				return err
			}
			p.ws()
			if p.eat(',') {
				continue
			}
			if p.eat(closing) {
				return nil
			}
			return p.errf("expected ',' or closing bracket")
		}
	case c == 't':
		if p.lit("true") {
			return nil
		}
	case c == 'f':
		if p.lit("false") {
			return nil
		}
	case c == 'n':
		if p.lit("null") {
			return nil
		}
	case c == '-' || c >= '0' && c <= '9':
		return p.number()
	}
	return p.errf("invalid value")
}

func (p *jsonParser) number() error {
	start := p.i
	p.eat('-')
	digits := func() int {
		n := 0
		for p.i < len(p.b) && p.b[p.i] >= '0' && p.b[p.i] <= '9' {
			p.i++
			n++
		}
		return n
	}
	if p.eat('0') {
		// a leading zero stands alone
	} else if digits() == 0 {
		return p.errf("invalid number")
	}
	if p.eat('.') && digits() == 0 {
		return p.errf("invalid number")
	}
	if p.i < len(p.b) && (p.b[p.i] == 'e' || p.b[p.i] == 'E') {
		p.i++
		if !p.eat('+') {
			p.eat('-')
		}
		if digits() == 0 {
			return p.errf("invalid number")
		}
	}
	if p.i == start {
		return p.errf("invalid number")
	}
	return nil
}

// str parses a JSON string at p.i and returns it unescaped. Invalid UTF-8
// and lone surrogates become U+FFFD, as encoding/json does.
func (p *jsonParser) str() (string, error) {
	p.i++ // opening quote
	start := p.i
	for p.i < len(p.b) {
		c := p.b[p.i]
		if c == '"' {
			s := p.b[start:p.i]
			p.i++
			if !p.valid && !utf8.Valid(s) {
				return strings.ToValidUTF8(string(s), "\uFFFD"), nil
			}
			return string(s), nil
		}
		if c == '\\' {
			break
		}
		if c < 0x20 {
			return "", p.errf("control character in string")
		}
		p.i++
	}
	buf := append(p.buf[:0], p.b[start:p.i]...)
	for p.i < len(p.b) {
		// a run of plain bytes, copied at once
		j := p.i
		for j < len(p.b) && p.b[j] != '"' && p.b[j] != '\\' && p.b[j] >= 0x20 {
			j++
		}
		buf = append(buf, p.b[p.i:j]...)
		p.i = j
		if p.i >= len(p.b) {
			break
		}
		c := p.b[p.i]
		switch {
		case c == '"':
			p.i++
			p.buf = buf
			if !p.valid && !utf8.Valid(buf) {
				return strings.ToValidUTF8(string(buf), "\uFFFD"), nil
			}
			return string(buf), nil
		case c < 0x20:
			return "", p.errf("control character in string")
		case c != '\\':
			buf = append(buf, c)
			p.i++
			continue
		}
		if p.i+1 >= len(p.b) {
			break
		}
		e := p.b[p.i+1]
		p.i += 2
		switch e {
		case '"', '\\', '/':
			buf = append(buf, e)
		case 'b':
			buf = append(buf, '\b')
		case 'f':
			buf = append(buf, '\f')
		case 'n':
			buf = append(buf, '\n')
		case 'r':
			buf = append(buf, '\r')
		case 't':
			buf = append(buf, '\t')
		case 'u':
			r, ok := p.hex4()
			if !ok {
				return "", p.errf("invalid \\u escape")
			}
			if utf16.IsSurrogate(r) {
				r2 := rune(-1)
				if p.i+1 < len(p.b) && p.b[p.i] == '\\' && p.b[p.i+1] == 'u' {
					save := p.i
					p.i += 2
					if x, ok := p.hex4(); ok {
						r2 = x
					} else {
						return "", p.errf("invalid \\u escape")
					}
					if dec := utf16.DecodeRune(r, r2); dec != utf8.RuneError {
						r = dec
					} else {
						r = utf8.RuneError
						p.i = save
					}
				} else {
					r = utf8.RuneError
				}
			}
			buf = utf8.AppendRune(buf, r)
		default:
			return "", p.errf("invalid escape")
		}
	}
	return "", p.errf("unterminated string")
}

func (p *jsonParser) hex4() (rune, bool) {
	if p.i+4 > len(p.b) {
		return 0, false
	}
	v, err := strconv.ParseUint(string(p.b[p.i:p.i+4]), 16, 32)
	if err != nil {
		return 0, false
	}
	p.i += 4
	return rune(v), true
}

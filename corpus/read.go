package corpus

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	gzip "github.com/klauspost/compress/gzip"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Options say how to read inputs. The zero value reads every format by its
// extension with the default field names.
type Options struct {
	// Format forces one format for every input: "txt", "jsonl", "json",
	// "csv" or "html". Empty means by extension (after stripping ".gz"),
	// and by content for stdin and unknown extensions.
	Format string
	// Fields maps an article field (text, title, published, outlet, url,
	// author, id) to the input's field or column name, overriding the defaults
	// (see DefaultFields). For a CSV without header, a column is named by its
	// 1-based number ("2").
	Fields map[string]string
	// CSVDelimiter is the CSV field separator; 0 detects it from the first
	// line (',', ';' or tab).
	CSVDelimiter rune
	// CSVQuote is the CSV quote character; 0 detects it (' or ", default ").
	CSVQuote rune
	// CSVHeader says whether the first CSV row names the columns.
	CSVHeader HeaderMode
	// MaxArticleBytes caps one article (a txt or html file, a JSON line,
	// a CSV record); 0 means 64 MiB.
	MaxArticleBytes int
}

// HeaderMode says whether a CSV file starts with a header row.
type HeaderMode int

// Header modes. HeaderAuto takes the first row as a header when every cell
// is short and one of them is a known column name.
const (
	HeaderAuto HeaderMode = iota
	HeaderYes
	HeaderNo
)

// InputError names the file and line of bad input. Line is 0 when the
// problem is with the file as a whole.
type InputError struct {
	File string
	Line int
	Err  error
}

// Error returns "file:line: message", or "file: message" without a line.
func (e *InputError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.File, e.Err)
}

// Unwrap returns the underlying error.
func (e *InputError) Unwrap() error { return e.Err }

// ErrFormat is the error for a file whose format is not known.
var ErrFormat = errors.New("unknown format (use .txt, .jsonl, .json, .csv or .html, or set the format)")

// Record is one raw article as a reader found it: the text and whatever
// metadata the input gave in its own fields. Prepare turns it into an Article.
type Record struct {
	SourceFile string
	SourceLine int
	Format     string
	Text       string // the article text; may still hold title, date and byline lines
	Title      string
	URL        string
	Outlet     string
	Published  string
	Author     string
	Credits    []string
	// ID is the record's own identifier (an id, _id or guid field, an id
	// column), empty when it has none: it tells apart records of the same
	// text (see ArticleID).
	ID string

	valid bool // Text is known to be valid UTF-8 (set by the readers)
	line  int  // line of the file where the record starts, for messages
}

// Read walks paths and calls emit for each article, prepared (see Prepare).
// A path is a file, a folder (read recursively in sorted order, dot files
// and folders left out, links to files followed, files of unknown
// extension skipped with ErrFormat) or "-" for stdin; ".gz" files are decompressed on the fly.
// Inputs are streamed: a JSONL or CSV file of any size is read record by
// record. Bad inputs (a missing file, a binary or empty file, a malformed
// JSON line, a CSV row with a missing column, a record whose body is empty
// once prepared, ...) go to skip as an *InputError and the run goes on.
// Read returns an error only when emit does, wrapped.
func Read(paths []string, opts Options, emit func(Article) error, skip func(*InputError)) error {
	if skip == nil {
		skip = func(*InputError) {}
	}
	return ReadRecords(paths, opts, func(rec Record) error {
		a, err := PrepareChecked(rec)
		var ie *InputError
		if errors.As(err, &ie) {
			skip(ie)
			return nil
		}
		return emit(a)
	}, skip)
}

// ReadRecords is Read without the preparation: it calls emit for each raw
// record, in input order, and leaves Prepare (or PrepareChecked) to the
// caller, who may run it on other goroutines. Bad input goes to skip as in
// Read, but for a record whose body is empty once prepared, which
// PrepareChecked reports. ReadRecords returns an error only when emit does,
// wrapped.
func ReadRecords(paths []string, opts Options, emit func(Record) error, skip func(*InputError)) error {
	if skip == nil {
		skip = func(*InputError) {}
	}
	r := &reader{opts: opts, emit: emit, skip: skip}
	for _, p := range paths {
		if err := r.path(p); err != nil {
			return err
		}
	}
	return nil
}

// PrepareChecked is Prepare with the check Read makes: a record whose body
// is empty once prepared (every line was metadata) is bad input, returned
// as an *InputError (ErrEmpty) naming its file and line.
func PrepareChecked(rec Record) (Article, error) {
	a := Prepare(rec)
	if strings.TrimSpace(a.Body) == "" {
		line := rec.line
		if line == 0 {
			line = rec.SourceLine
		}
		return a, &InputError{File: rec.SourceFile, Line: line, Err: ErrEmpty}
	}
	return a, nil
}

// emitError marks an error returned by emit, which stops the run.
type emitError struct{ err error }

func (e emitError) Error() string { return e.err.Error() }
func (e emitError) Unwrap() error { return e.err }

type reader struct {
	opts Options
	emit func(Record) error
	skip func(*InputError)
}

func (r *reader) maxBytes() int {
	if r.opts.MaxArticleBytes > 0 {
		return r.opts.MaxArticleBytes
	}
	return 64 << 20
}

func (r *reader) path(p string) error {
	if p == "-" {
		return r.stream("-", os.Stdin)
	}
	fi, err := os.Stat(p)
	if err != nil {
		r.skip(&InputError{File: p, Err: err})
		return nil
	}
	if !fi.IsDir() {
		return r.file(p, true)
	}
	var files []string
	err = filepath.WalkDir(p, func(q string, d fs.DirEntry, err error) error {
		if err != nil {
			r.skip(&InputError{File: q, Err: err})
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if q != p && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.Type().IsRegular() {
			files = append(files, q)
		} else if d.Type()&fs.ModeSymlink != 0 {
			// a link to a file is read; links to folders are not followed
			if fi, err := os.Stat(q); err == nil && fi.Mode().IsRegular() {
				files = append(files, q)
			}
		}
		return nil
	})
	if err != nil {
		r.skip(&InputError{File: p, Err: err})
	}
	sort.Strings(files)
	for _, f := range files {
		if err := r.file(f, false); err != nil {
			return err
		}
	}
	return nil
}

// file reads one file. A file named on the command line (explicit) whose
// extension says nothing is read by its content; one found in a folder is
// skipped with ErrFormat, so that a README or an image is not taken for an
// article.
func (r *reader) file(p string, explicit bool) error {
	if !explicit && r.opts.Format == "" && formatOf(strings.TrimSuffix(strings.ToLower(p), ".gz")) == "" {
		r.skip(&InputError{File: p, Err: ErrFormat})
		return nil
	}
	f, err := os.Open(p)
	if err != nil {
		r.skip(&InputError{File: p, Err: err})
		return nil
	}
	defer f.Close()
	return r.stream(p, f)
}

// stream reads one input: it unwraps gzip, picks the format and hands the
// stream to that format's reader.
func (r *reader) stream(name string, in io.Reader) error {
	br := bufio.NewReaderSize(in, 1<<16)
	base := name
	if strings.HasSuffix(strings.ToLower(base), ".gz") {
		base = base[:len(base)-3]
	}
	if magic, _ := br.Peek(2); len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			r.skip(&InputError{File: name, Err: fmt.Errorf("gzip: %w", err)})
			return nil
		}
		defer zr.Close()
		br = bufio.NewReaderSize(zr, 1<<16)
	}
	format := r.opts.Format
	if format == "" {
		format = formatOf(base)
	}
	if format == "" {
		format = sniffFormat(br)
	}
	var err error
	switch format {
	case "txt", "text":
		err = r.readTXT(name, br)
	case "jsonl", "ndjson":
		err = r.readJSONL(name, br)
	case "json":
		err = r.readJSON(name, br)
	case "csv", "tsv":
		err = r.readCSV(name, br, format)
	case "html", "htm":
		err = r.readHTML(name, br)
	default:
		r.skip(&InputError{File: name, Err: ErrFormat})
		return nil
	}
	var ee emitError
	if errors.As(err, &ee) {
		return fmt.Errorf("%s: %w", name, ee.err)
	}
	if err != nil {
		var ie *InputError
		if errors.As(err, &ie) {
			r.skip(ie)
		} else {
			r.skip(&InputError{File: name, Err: err})
		}
	}
	return nil
}

// formatOf names the format of a file by its extension, "" if unknown.
func formatOf(name string) string {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".txt", ".text":
		return "txt"
	case ".jsonl", ".ndjson":
		return "jsonl"
	case ".json":
		return "json"
	case ".csv":
		return "csv"
	case ".tsv":
		return "tsv"
	case ".html", ".htm", ".xhtml":
		return "html"
	}
	return ""
}

// sniffFormat guesses a format from the first bytes: '{' or '[' for JSON,
// '<' for HTML, text otherwise.
func sniffFormat(br *bufio.Reader) string {
	head, _ := br.Peek(512)
	head = bytes.TrimLeft(head, " \t\r\n\xef\xbb\xbf")
	switch {
	case len(head) == 0:
		return "txt"
	case head[0] == '{':
		return "jsonl"
	case head[0] == '[':
		return "json"
	case head[0] == '<':
		return "html"
	}
	return "txt"
}

// readAll reads a one-article input up to the size cap.
func (r *reader) readAll(name string, in io.Reader) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(in, int64(r.maxBytes())+1))
	if err != nil {
		return nil, &InputError{File: name, Err: fmt.Errorf("read: %w", err)}
	}
	if len(b) > r.maxBytes() {
		return nil, &InputError{File: name, Err: fmt.Errorf("larger than %d bytes for one article", r.maxBytes())}
	}
	return b, nil
}

// readTXT reads a file holding one article as plain text.
func (r *reader) readTXT(name string, in io.Reader) error {
	b, err := r.readAll(name, in)
	if err != nil {
		return err
	}
	text, line, err := DecodeText(b)
	if err != nil {
		return &InputError{File: name, Line: line, Err: err}
	}
	return r.put(Record{SourceFile: name, Format: "txt", Text: text, valid: true}, 0)
}

// put emits a record read at the given line of its file (the line named
// when the record turns out to be bad input).
func (r *reader) put(rec Record, line int) error {
	rec.line = line
	if err := r.emit(rec); err != nil {
		return emitError{err}
	}
	return nil
}

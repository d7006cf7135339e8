package report

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
)

// jsonWriter writes a JSON array of objects, or one object a line.
type jsonWriter struct {
	w       *bufio.Writer
	columns []string
	keys    [][]byte // encoded column names
	lines   bool     // NDJSON
	rows    int
	done    bool // flushed
	buf     bytes.Buffer
}

func newJSON(w io.Writer, columns []string, lines bool) *jsonWriter {
	j := &jsonWriter{w: bufio.NewWriter(w), columns: columns, lines: lines}
	for _, c := range columns {
		k, _ := marshal(c) // a string always encodes
		j.keys = append(j.keys, k)
	}
	return j
}

func (j *jsonWriter) Write(values ...any) error {
	if j.done {
		return errFlushed
	}
	if err := checkRow(j.columns, values); err != nil {
		return err
	}
	// In a JSON array each key starts a line and its value stays compact,
	// so that rows read and diff line by line; NDJSON is all compact.
	keySep, valSep, open, end := ":", ",", "{", "}\n"
	if !j.lines {
		keySep, valSep, open, end = ": ", ",\n    ", "{\n    ", "\n  }"
	}
	j.buf.Reset()
	j.buf.WriteString(open)
	for i, v := range values {
		b, err := marshal(v)
		if err != nil {
			return fmt.Errorf("column %s: %w", j.columns[i], err)
		}
		if i > 0 {
			j.buf.WriteString(valSep)
		}
		j.buf.Write(j.keys[i])
		j.buf.WriteString(keySep)
		j.buf.Write(b)
	}
	j.buf.WriteString(end)
	if !j.lines {
		sep := ",\n  "
		if j.rows == 0 {
			sep = "[\n  "
		}
		if _, err := j.w.WriteString(sep); err != nil {
			return wrapWrite(err)
		}
	}
	j.rows++
	_, err := j.w.Write(j.buf.Bytes())
	return wrapWrite(err)
}

func (j *jsonWriter) Flush() error {
	if j.done {
		return nil
	}
	j.done = true
	if !j.lines {
		end := "\n]\n"
		if j.rows == 0 {
			end = "[]\n"
		}
		if _, err := j.w.WriteString(end); err != nil {
			return wrapWrite(err)
		}
	}
	return wrapWrite(j.w.Flush())
}

func wrapWrite(err error) error {
	if err != nil {
		return fmt.Errorf("report: write: %w", err)
	}
	return nil
}

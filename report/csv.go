package report

import (
	"encoding/csv"
	"fmt"
	"io"
)

// delimited writes CSV or TSV through encoding/csv, header first.
type delimited struct {
	w       *csv.Writer
	columns []string
	header  bool // written
	done    bool // flushed
}

func newDelimited(w io.Writer, comma rune, columns []string) *delimited {
	cw := csv.NewWriter(w)
	cw.Comma = comma
	return &delimited{w: cw, columns: columns}
}

func (d *delimited) writeHeader() error {
	if d.header {
		return nil
	}
	d.header = true
	if err := d.w.Write(d.columns); err != nil {
		return fmt.Errorf("report: write header: %w", err)
	}
	return nil
}

func (d *delimited) Write(values ...any) error {
	if d.done {
		return errFlushed
	}
	if err := checkRow(d.columns, values); err != nil {
		return err
	}
	if err := d.writeHeader(); err != nil {
		return err
	}
	record := make([]string, len(values))
	for i, v := range values {
		s, err := text(v)
		if err != nil {
			return fmt.Errorf("column %s: %w", d.columns[i], err)
		}
		if isText(v) {
			s = Neutralize(s)
		}
		record[i] = s
	}
	if err := d.w.Write(record); err != nil {
		return fmt.Errorf("report: write row: %w", err)
	}
	return nil
}

func (d *delimited) Flush() error {
	if d.done {
		return nil
	}
	d.done = true
	if err := d.writeHeader(); err != nil {
		return err
	}
	d.w.Flush()
	if err := d.w.Error(); err != nil {
		return fmt.Errorf("report: flush: %w", err)
	}
	return nil
}

// isText reports whether v is written as text of the caller's (a string,
// joined strings, or the text of a TextMarshaler or Stringer) rather than
// as a number, bool or JSON.
func isText(v any) bool {
	switch v.(type) {
	case nil, bool, int, int8, int16, int32, int64, uint, uint8, uint16, uint32, uint64, float32, float64, *float64:
		return false
	case string, []string, fmt.Stringer:
		return true
	}
	_, ok := v.(interface{ MarshalText() ([]byte, error) })
	return ok
}

// Neutralize returns s made safe from spreadsheet formula execution (OWASP
// CSV injection): when s starts with =, +, -, @, a tab or a carriage return
// it is prefixed with a single quote. Other strings are returned unchanged,
// and so is a lone "-" (stdin as a source file, an empty value): no
// spreadsheet runs it as a formula.
func Neutralize(s string) string {
	if s == "" || s == "-" {
		return s
	}
	switch s[0] {
	case '=', '+', '-', '@', '\t', '\r':
		return "'" + s
	}
	return s
}

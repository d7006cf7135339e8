package corpus

import (
	"errors"
	"io"
)

// readCSV reads one article a CSV record.
func (r *reader) readCSV(name string, in io.Reader, format string) error {
	return &InputError{File: name, Err: errors.New("csv: not supported yet")}
}

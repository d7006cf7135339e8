package corpus

import (
	"errors"
	"io"
)

// readHTML reads one article from an HTML page.
func (r *reader) readHTML(name string, in io.Reader) error {
	return &InputError{File: name, Err: errors.New("html: not supported yet")}
}

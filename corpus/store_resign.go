package corpus

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
)

// SignatureVersion numbers the way Signature signs a body; the store keeps
// the version of its signatures (store_info.signature_version) and an
// ingest re-signs a store whose signatures are of another version, since
// signatures made two ways never agree. Versions: 1, 64 MinHash functions
// over shingles of 5 words; 2, one-permutation hashing with rotation
// densification over shingles of 5 words; 3, the same over shingles of 3
// words (ShingleWords). Migration 003 writes 3 into an empty store: keep
// them in step.
const SignatureVersion = 3

// signatureVersionKey is the store_info key of the signature version.
const signatureVersionKey = "signature_version"

// SignatureState says whether the store's signatures are of this corpus'
// SignatureVersion: version is the stored version (0 when unknown: a store
// written before versions were recorded) and signed the number of stored
// signatures. Stale is true when they must be re-signed (see Resign).
func (s *Store) SignatureState() (version, signed int, stale bool, err error) {
	var v sql.NullString
	err = s.db.QueryRow(`SELECT value FROM store_info WHERE key = ?`, signatureVersionKey).Scan(&v)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return 0, 0, false, fmt.Errorf("read signature version of %s: %w", s.path, err)
	}
	if v.Valid {
		if version, err = strconv.Atoi(v.String); err != nil {
			return 0, 0, false, fmt.Errorf("signature version of %s: %q is not a number", s.path, v.String)
		}
	}
	if err := s.db.QueryRow(`SELECT count(*) FROM signatures`).Scan(&signed); err != nil {
		return 0, 0, false, fmt.Errorf("read signatures of %s: %w", s.path, err)
	}
	if version > SignatureVersion {
		return version, signed, false, fmt.Errorf("the near-duplicate signatures of %s are of version %d, newer than this corpus knows (%d): use a newer corpus", s.path, version, SignatureVersion)
	}
	return version, signed, version != SignatureVersion && signed > 0, nil
}

// resignChunk is how many articles Resign reads at a time, which bounds
// its memory.
const resignChunk = 1000

// Resign makes every stored signature and band key again with Signature and
// links the near-duplicates anew from them, as a fresh ingest of the stored
// articles in their order would, then records SignatureVersion. It runs in
// one transaction: stopped half way, the store keeps its old signatures and
// links, and the next ingest re-signs it again. progress, when not nil, is
// told of the articles done and their total.
func (s *Store) Resign(ctx context.Context, progress func(done, total int)) error {
	b, err := s.Begin()
	if err != nil {
		return err
	}
	defer b.Rollback()
	fail := func(err error) error { return fmt.Errorf("re-sign %s: %w", s.path, err) }
	var total int
	if err := b.tx.QueryRow(`SELECT count(*) FROM articles`).Scan(&total); err != nil {
		return fail(err)
	}
	for _, q := range []string{`DELETE FROM near_duplicates`, `DELETE FROM band_keys`, `DELETE FROM signatures`} {
		if _, err := b.tx.Exec(q); err != nil {
			return fail(err)
		}
	}
	s.mu.Lock()
	s.bands = nil // the filter of the old band keys; rebuilt (empty) on first use
	s.mu.Unlock()
	type art struct {
		seq  int64
		id   string
		body string
	}
	var last int64
	done := 0
	for {
		if err := ctx.Err(); err != nil {
			return fail(err)
		}
		rows, err := b.tx.Query(`SELECT seq, id, body FROM articles WHERE seq > ? ORDER BY seq LIMIT ?`, last, resignChunk)
		if err != nil {
			return fail(err)
		}
		var chunk []art
		for rows.Next() {
			var a art
			if err := rows.Scan(&a.seq, &a.id, &a.body); err != nil {
				rows.Close()
				return fail(err)
			}
			chunk = append(chunk, a)
		}
		if err := rows.Close(); err != nil {
			return fail(err)
		}
		if len(chunk) == 0 {
			break
		}
		for _, a := range chunk {
			if err := b.link(a.id, a.seq, fingerprintOf(a.body)); err != nil {
				return fail(err)
			}
		}
		// band keys go to the table (and the filter) a chunk at a time,
		// so that memory stays bounded whatever the store's size
		if err := b.flushBands(); err != nil {
			return fail(err)
		}
		last = chunk[len(chunk)-1].seq
		done += len(chunk)
		if progress != nil {
			progress(done, total)
		}
	}
	if _, err := b.tx.Exec(`INSERT OR REPLACE INTO store_info (key, value) VALUES (?, ?)`,
		signatureVersionKey, strconv.Itoa(SignatureVersion)); err != nil {
		return fail(err)
	}
	if err := b.Commit(); err != nil {
		s.mu.Lock()
		s.bands = nil // it may hold keys of the rolled-back transaction
		s.mu.Unlock()
		return fail(err)
	}
	return nil
}

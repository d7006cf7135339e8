package corpus

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"sort"
	"strconv"
	"strings"
	"sync"

	_ "modernc.org/sqlite" // the pure-Go SQLite driver, registered as "sqlite"
)

// The schema lives in ordered migrations, one .sql file each, named
// NNN_what.sql; Open applies those the store has not seen yet.
//
//go:embed schema/*.sql
var schemaFS embed.FS

// Store is the SQLite database holding articles and their facts. It is safe
// for concurrent readers; writes go through Put or a Batch, one transaction
// at a time. docs/schema.md describes the tables.
type Store struct {
	db     *sql.DB
	path   string
	status *sql.Stmt // is an article stored, and analysed?

	mu    sync.Mutex // guards bands
	bands *bloom     // band keys stored, for near-duplicate linking
}

// ErrNoStore is returned by OpenExisting when the database file is absent.
var ErrNoStore = errors.New("no store")

// ErrNotFound is returned when no article matches an ID prefix.
var ErrNotFound = errors.New("no article with that ID")

// AmbiguousError is returned when an ID prefix matches several articles.
type AmbiguousError struct {
	Prefix     string
	Candidates []string // full IDs, sorted; at most ambiguousMax of them
	Total      int      // articles matching
}

const ambiguousMax = 10

// Error lists the candidates by their first 12 hex digits, as the tables
// show IDs.
func (e *AmbiguousError) Error() string {
	short := make([]string, len(e.Candidates))
	for i, id := range e.Candidates {
		short[i] = id[:min(12, len(id))]
	}
	more := ""
	if e.Total > len(e.Candidates) {
		more = fmt.Sprintf(" and %d more", e.Total-len(e.Candidates))
	}
	return fmt.Sprintf("ID prefix %q is ambiguous: it matches %s%s; give more digits", e.Prefix, strings.Join(short, ", "), more)
}

// Open opens the store at path, creating it when absent, and brings its
// schema up to date. The database runs in WAL mode with foreign keys on and
// a busy timeout, so a reader never blocks the writer.
func Open(path string) (*Store, error) {
	return open(path, true)
}

// OpenExisting is Open for commands that only read: it returns an error
// wrapping ErrNoStore when path does not exist instead of creating it.
func OpenExisting(path string) (*Store, error) {
	return open(path, false)
}

func open(p string, create bool) (*Store, error) {
	if p == "" {
		return nil, errors.New("open store: empty path")
	}
	if strings.ContainsRune(p, '?') {
		return nil, fmt.Errorf("open store %s: a path with '?' is not supported", p)
	}
	if !create {
		if _, err := os.Stat(p); errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("open store %s: %w (run corpus ingest first, or give --db)", p, ErrNoStore)
		}
	}
	if err := checkStoreFile(p, create); err != nil {
		return nil, fmt.Errorf("open store %s: %w", p, err)
	}
	dsn := p + "?_busy_timeout=10000&_journal_mode=WAL&_synchronous=NORMAL&_foreign_keys=1&_txlock=immediate" +
		"&_pragma=cache_size(-32000)&_pragma=temp_store(memory)&_pragma=wal_autocheckpoint(4000)"
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("open store %s: %w", p, err)
	}
	db.SetMaxOpenConns(4)
	db.SetMaxIdleConns(4)
	s := &Store{db: db, path: p}
	if err := s.migrate(); err != nil {
		db.Close()
		return nil, fmt.Errorf("open store %s: %w", p, err)
	}
	if s.status, err = db.Prepare(`SELECT seq, analyzed FROM articles INDEXED BY articles_id_analyzed WHERE id = ?`); err != nil {
		db.Close()
		return nil, fmt.Errorf("open store %s: %w", p, err)
	}
	return s, nil
}

// sqliteMagic opens every SQLite 3 database file.
const sqliteMagic = "SQLite format 3\x00"

// checkStoreFile refuses, before anything is written to it, a file that is
// not a corpus store: a file that is not an SQLite database (a text file
// given as --db by mistake is left untouched), an SQLite database holding
// another program's tables, and, for commands that only read (create
// false), an empty file, which SQLite would otherwise turn into a store. A
// missing file, and for ingest an empty one, becomes a new store.
func checkStoreFile(p string, create bool) error {
	fi, err := os.Stat(p)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	if fi.IsDir() {
		return errors.New("a folder, not a corpus store: give --db a file")
	}
	if fi.Size() == 0 {
		if create {
			return nil
		}
		return fmt.Errorf("%w: the file is empty, not a corpus store (corpus ingest --db %s makes one)", ErrNoStore, p)
	}
	f, err := os.Open(p)
	if err != nil {
		return err
	}
	head := make([]byte, len(sqliteMagic))
	_, err = io.ReadFull(f, head)
	f.Close()
	if err != nil || string(head) != sqliteMagic {
		return errors.New("not an SQLite database, so not a corpus store; it was left untouched (give --db a corpus store or the name of a new file)")
	}
	// an SQLite database: a corpus store has schema_version, or no table
	// at all (a new database); read without writing (no WAL switch)
	db, err := sql.Open("sqlite", p+"?_pragma=query_only(1)&_busy_timeout=10000")
	if err != nil {
		return err
	}
	defer db.Close()
	var tables, ours int
	if err := db.QueryRow(`SELECT count(*), count(*) FILTER (WHERE name = 'schema_version') FROM sqlite_schema WHERE type = 'table'`).Scan(&tables, &ours); err != nil {
		return fmt.Errorf("read the database: %w", err)
	}
	if tables > 0 && ours == 0 {
		return errors.New("an SQLite database of another program (it has tables but no schema_version), not a corpus store; it was left untouched (give --db a corpus store or the name of a new file)")
	}
	return nil
}

// Close closes the database.
func (s *Store) Close() error {
	s.status.Close()
	if err := s.db.Close(); err != nil {
		return fmt.Errorf("close store %s: %w", s.path, err)
	}
	return nil
}

// Path returns the file the store was opened from.
func (s *Store) Path() string { return s.path }

// DB returns the underlying database for read queries the Store has no
// method for. Writers must go through Put or a Batch.
func (s *Store) DB() *sql.DB { return s.db }

// migration is one schema step.
type migration struct {
	version int
	name    string
	sql     string
}

// migrations returns the embedded schema steps in version order.
func migrations() ([]migration, error) {
	entries, err := fs.ReadDir(schemaFS, "schema")
	if err != nil {
		return nil, fmt.Errorf("read schema: %w", err)
	}
	var ms []migration
	for _, e := range entries {
		name := e.Name()
		if !strings.HasSuffix(name, ".sql") {
			continue
		}
		num, _, ok := strings.Cut(name, "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil || v <= 0 {
			return nil, fmt.Errorf("schema file %s: name must start with a version number and _", name)
		}
		b, err := schemaFS.ReadFile(path.Join("schema", name))
		if err != nil {
			return nil, fmt.Errorf("read schema %s: %w", name, err)
		}
		ms = append(ms, migration{version: v, name: strings.TrimSuffix(name, ".sql"), sql: string(b)})
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].version < ms[j].version })
	for i := 1; i < len(ms); i++ {
		if ms[i].version == ms[i-1].version {
			return nil, fmt.Errorf("schema: two migrations with version %d", ms[i].version)
		}
	}
	return ms, nil
}

// SchemaVersion returns the highest migration applied to the store.
func (s *Store) SchemaVersion() (int, error) {
	var v sql.NullInt64
	if err := s.db.QueryRow(`SELECT max(version) FROM schema_version`).Scan(&v); err != nil {
		return 0, fmt.Errorf("schema version: %w", err)
	}
	return int(v.Int64), nil
}

// migrate applies, each in its own transaction, the migrations newer than
// the store's schema_version.
func (s *Store) migrate() error {
	ms, err := migrations()
	if err != nil {
		return err
	}
	ctx := context.Background()
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_version (
		version INTEGER PRIMARY KEY,
		name    TEXT NOT NULL
	)`); err != nil {
		return fmt.Errorf("create schema_version: %w", err)
	}
	for _, m := range ms {
		if err := s.apply(ctx, conn, m); err != nil {
			return err
		}
	}
	var have sql.NullInt64
	if err := conn.QueryRowContext(ctx, `SELECT max(version) FROM schema_version`).Scan(&have); err != nil {
		return fmt.Errorf("schema version: %w", err)
	}
	if last := ms[len(ms)-1].version; int(have.Int64) > last {
		return fmt.Errorf("the store has schema version %d, newer than this corpus knows (%d): use a newer corpus", have.Int64, last)
	}
	// Stores written by development builds before schema 1 was settled
	// lack its later parts; say so rather than fail on a query.
	var n int
	if err := conn.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_schema
		WHERE name IN ('articles_id_analyzed', 'band_keys', 'signatures') `).Scan(&n); err != nil {
		return fmt.Errorf("check schema: %w", err)
	}
	if n != 3 {
		return errors.New("the store was written by a development build of corpus with an older schema: remove it and ingest again")
	}
	return nil
}

// apply runs m unless the store has it; the check is inside the
// transaction so that two processes opening a new store do not both apply it.
func (s *Store) apply(ctx context.Context, conn *sql.Conn, m migration) error {
	tx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("migration %s: %w", m.name, err)
	}
	defer tx.Rollback()
	var n int
	if err := tx.QueryRow(`SELECT count(*) FROM schema_version WHERE version = ?`, m.version).Scan(&n); err != nil {
		return fmt.Errorf("migration %s: %w", m.name, err)
	}
	if n > 0 {
		return nil
	}
	if _, err := tx.Exec(m.sql); err != nil {
		return fmt.Errorf("migration %s: %w", m.name, err)
	}
	if _, err := tx.Exec(`INSERT INTO schema_version (version, name) VALUES (?, ?)`, m.version, m.name); err != nil {
		return fmt.Errorf("migration %s: %w", m.name, err)
	}
	if _, err := tx.Exec(`PRAGMA user_version = ` + strconv.Itoa(m.version)); err != nil {
		return fmt.Errorf("migration %s: %w", m.name, err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("migration %s: %w", m.name, err)
	}
	return nil
}

// IntegrityCheck runs PRAGMA integrity_check and returns nil when it says ok.
func (s *Store) IntegrityCheck() error {
	rows, err := s.db.Query(`PRAGMA integrity_check`)
	if err != nil {
		return fmt.Errorf("integrity check: %w", err)
	}
	defer rows.Close()
	var msgs []string
	for rows.Next() {
		var m string
		if err := rows.Scan(&m); err != nil {
			return fmt.Errorf("integrity check: %w", err)
		}
		msgs = append(msgs, m)
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("integrity check: %w", err)
	}
	if len(msgs) == 1 && msgs[0] == "ok" {
		return nil
	}
	return fmt.Errorf("integrity check: %s", strings.Join(msgs, "; "))
}

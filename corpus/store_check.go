package corpus

import (
	"encoding/json"
	"fmt"
)

// Bodies returns the bodies of the given articles by ID, in one query: what
// cross-checking reads of a batch of articles (Article reads one article
// with three queries, metadata and boilerplate included). IDs not stored
// are left out.
func (s *Store) Bodies(ids ...string) (map[string]string, error) {
	out := make(map[string]string, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	j, err := json.Marshal(ids)
	if err != nil {
		return nil, fmt.Errorf("read bodies: %w", err)
	}
	rows, err := s.db.Query(`SELECT id, body FROM articles WHERE id IN (SELECT value FROM json_each(?))`, string(j))
	if err != nil {
		return nil, fmt.Errorf("read bodies: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id, body string
		if err := rows.Scan(&id, &body); err != nil {
			return nil, fmt.Errorf("read bodies: %w", err)
		}
		out[id] = body
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read bodies: %w", err)
	}
	return out, nil
}

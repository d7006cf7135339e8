// Package corpus brings articles in: it reads them from files (txt, jsonl,
// csv, html), finds their metadata, keeps boilerplate apart from the body,
// links near-duplicates, and keeps articles and their facts in the store.
package corpus

// Article is one news article as stored: metadata, the cleaned body that
// every later offset points into, and the boilerplate taken out of it.
type Article struct {
	ID          string            `json:"id"`          // hex SHA-256 of the normalised title and body, and of the record's own identifier if any (see ArticleID); first 16 hex digits shown
	SourceFile  string            `json:"source_file"` // path as given, "-" for stdin
	SourceLine  int               `json:"source_line"` // line (jsonl) or record (csv) in the file; 0 for one-article files
	Format      string            `json:"format"`      // txt, jsonl, csv, html
	URL         string            `json:"url"`
	Outlet      string            `json:"outlet"`
	Published   string            `json:"published"` // ISO 8601, as precise as known: 2018-08, 2018-08-07T09:38
	Author      string            `json:"author"`
	Title       string            `json:"title"`
	Dateline    string            `json:"dateline"` // place line opening the body: "Bangalore"
	Credits     []string          `json:"credits"`  // credited sources and agencies: "Der Spiegel", "Reuters"
	Words       int               `json:"words"`
	Body        string            `json:"body"`
	Boilerplate []Boilerplate     `json:"boilerplate"`
	Rules       map[string]string `json:"rules"` // metadata field -> rule that found it ("field:date", "text:timestamp-line", ...)
}

// Boilerplate is one line taken out of the body, and why.
type Boilerplate struct {
	Text   string `json:"text"`
	Reason string `json:"reason"` // copyright, teaser, navigation, tags, image-credit, source-credit, ...
}

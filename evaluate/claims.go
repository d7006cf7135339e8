package evaluate

import (
	"bufio"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/blevesearch/snowballstem"
	"github.com/blevesearch/snowballstem/german"
	"golang.org/x/text/unicode/norm"

	"github.com/corpus-news/corpus/analyze/fact"
)

// Claim data sets: the source column of testdata/claims/*.tsv.
const (
	Source10kGNAD = "10kgnad"    // 10kgnad/test.csv, article = record number from 0
	SourceFANG    = "fang-covid" // fang-covid/fang_covid.jsonl.gz, article = id field
)

// ClaimSplits names the splits of the claim set in the order they are
// reported: dev, dev2, dev3 and dev4 may be looked at while writing rules;
// test, test2 and test3 never are.
var ClaimSplits = []string{"dev", "dev2", "dev3", "dev4", "test", "test2", "test3"}

// IsClaimSplit reports whether name is one of ClaimSplits.
func IsClaimSplit(name string) bool {
	for _, s := range ClaimSplits {
		if s == name {
			return true
		}
	}
	return false
}

// ClaimArticle is one annotated article: where it is in the shared data,
// which half it belongs to, and its NFC text once loaded.
type ClaimArticle struct {
	Source  string
	Article string
	Split   string // dev, dev2, dev3, dev4, test, test2 or test3
	Stratum string // random or stance
	Bytes   int
	Hash    string // first 8 hex digits of the SHA-256 of the text
	Text    string
}

// Key names the article: "10kgnad#42", "fang-covid#7449".
func (a ClaimArticle) Key() string { return a.Source + "#" + a.Article }

// GoldClaim is one annotated claim: byte span of the evidence in the NFC
// text, the cue word inside it, the speaker with its aliases, the stance.
type GoldClaim struct {
	Source, Article string
	Start, End      int
	Hash            string
	Cue             string
	Speakers        []string // canonical name first, then accepted aliases
	Stance          string
	Partial         bool
	Split           string
}

// Key names the article of the claim.
func (g GoldClaim) Key() string { return g.Source + "#" + g.Article }

// ClaimSet is the labelled set of testdata/claims.
type ClaimSet struct {
	Articles []ClaimArticle
	Claims   []GoldClaim
}

func readTSV(path string, cols int) ([][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read claim set: %w", err)
	}
	defer f.Close()
	var rows [][]string
	sc := bufio.NewScanner(f)
	line := 0
	for sc.Scan() {
		line++
		l := sc.Text()
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		r := strings.Split(l, "\t")
		if len(r) != cols {
			return nil, fmt.Errorf("%s:%d: %d columns, want %d", path, line, len(r), cols)
		}
		rows = append(rows, r)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	return rows, nil
}

// ReadClaimSet reads articles.tsv and claims.tsv from dir.
func ReadClaimSet(dir string) (*ClaimSet, error) {
	arts, err := readTSV(filepath.Join(dir, "articles.tsv"), 6)
	if err != nil {
		return nil, err
	}
	cl, err := readTSV(filepath.Join(dir, "claims.tsv"), 10)
	if err != nil {
		return nil, err
	}
	set := &ClaimSet{}
	for _, r := range arts {
		n, err := strconv.Atoi(r[4])
		if err != nil {
			return nil, fmt.Errorf("articles.tsv: bytes %q: %w", r[4], err)
		}
		set.Articles = append(set.Articles, ClaimArticle{Source: r[0], Article: r[1], Split: r[2], Stratum: r[3], Bytes: n, Hash: r[5]})
	}
	for _, r := range cl {
		s, err1 := strconv.Atoi(r[2])
		e, err2 := strconv.Atoi(r[3])
		if err1 != nil || err2 != nil || s >= e {
			return nil, fmt.Errorf("claims.tsv: bad span %s-%s", r[2], r[3])
		}
		var sp []string
		for _, a := range strings.Split(r[6], ";") {
			if a = strings.TrimSpace(a); a != "" {
				sp = append(sp, a)
			}
		}
		set.Claims = append(set.Claims, GoldClaim{Source: r[0], Article: r[1], Start: s, End: e, Hash: r[4], Cue: r[5],
			Speakers: sp, Stance: r[7], Partial: r[8] == "1", Split: r[9]})
	}
	return set, nil
}

// LoadTexts fills in the text of every article from the shared data
// directory (../shared/data) and checks each against its hash and every
// claim span against its hash and cue.
func (set *ClaimSet) LoadTexts(dataDir string) error {
	want := map[string]map[string]int{}
	for i, a := range set.Articles {
		if want[a.Source] == nil {
			want[a.Source] = map[string]int{}
		}
		want[a.Source][a.Article] = i
	}
	if w := want[Source10kGNAD]; len(w) > 0 {
		if err := read10kGNAD(filepath.Join(dataDir, "10kgnad", "test.csv"), func(rec int, text string) {
			if i, ok := w[strconv.Itoa(rec)]; ok {
				set.Articles[i].Text = norm.NFC.String(text)
			}
		}); err != nil {
			return err
		}
	}
	if w := want[SourceFANG]; len(w) > 0 {
		if err := readFANG(filepath.Join(dataDir, "fang-covid", "fang_covid.jsonl.gz"), func(id, text string) {
			if i, ok := w[id]; ok {
				set.Articles[i].Text = norm.NFC.String(text)
			}
		}); err != nil {
			return err
		}
	}
	texts := map[string]string{}
	for _, a := range set.Articles {
		if a.Text == "" {
			return fmt.Errorf("article %s not found in %s", a.Key(), dataDir)
		}
		if h := hash8(a.Text); h != a.Hash || len(a.Text) != a.Bytes {
			return fmt.Errorf("article %s: text differs from the annotated one (hash %s, want %s)", a.Key(), h, a.Hash)
		}
		texts[a.Key()] = a.Text
	}
	for _, g := range set.Claims {
		t, ok := texts[g.Key()]
		if !ok {
			return fmt.Errorf("claim in %s: article not listed in articles.tsv", g.Key())
		}
		if g.End > len(t) || hash8(t[g.Start:g.End]) != g.Hash || !strings.Contains(t[g.Start:g.End], g.Cue) {
			return fmt.Errorf("claim %s %d-%d: span does not match its hash or cue %q", g.Key(), g.Start, g.End, g.Cue)
		}
	}
	return nil
}

func hash8(s string) string {
	h := sha256.Sum256([]byte(s))
	return hex.EncodeToString(h[:4])
}

// read10kGNAD reads the 10kGNAD CSV: fields separated by ';', quoted with
// "'", a quote inside doubled; records counted from 0.
func read10kGNAD(path string, fn func(rec int, text string)) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("read 10kGNAD: %w", err)
	}
	s := string(b)
	rec := 0
	var fields []string
	var cur strings.Builder
	inQ, atStart := false, true
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case inQ:
			if c == '\'' {
				if i+1 < len(s) && s[i+1] == '\'' {
					cur.WriteByte('\'')
					i++
				} else {
					inQ = false
				}
			} else {
				cur.WriteByte(c)
			}
		case c == '\'' && atStart:
			inQ = true
			atStart = false
		case c == ';':
			fields = append(fields, cur.String())
			cur.Reset()
			atStart = true
		case c == '\n' || c == '\r':
			if c == '\r' && i+1 < len(s) && s[i+1] == '\n' {
				i++
			}
			fields = append(fields, cur.String())
			cur.Reset()
			atStart = true
			if len(fields) >= 2 {
				fn(rec, fields[1])
			}
			rec++
			fields = fields[:0]
		default:
			cur.WriteByte(c)
			atStart = false
		}
	}
	if cur.Len() > 0 || len(fields) > 0 {
		fields = append(fields, cur.String())
		if len(fields) >= 2 {
			fn(rec, fields[1])
		}
	}
	return nil
}

// readFANG streams the FANG-COVID JSON lines.
func readFANG(path string, fn func(id, text string)) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("read FANG-COVID: %w", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return fmt.Errorf("read FANG-COVID %s: %w", path, err)
	}
	dec := json.NewDecoder(zr)
	for {
		var rec struct {
			ID      json.RawMessage `json:"id"`
			Article string          `json:"article"`
		}
		if err := dec.Decode(&rec); err == io.EOF {
			return nil
		} else if err != nil {
			return fmt.Errorf("read FANG-COVID %s: %w", path, err)
		}
		id := strings.Trim(string(rec.ID), `"`)
		fn(id, rec.Article)
	}
}

// ClaimScores counts the evaluation of claims on some articles.
type ClaimScores struct {
	Articles     int
	Gold         int
	Found        int
	MatchedGold  int // gold claims with an overlapping found claim
	MatchedFound int // found claims paired with a gold claim
	SpeakerRight int // matched pairs with the right speaker
	StanceRight  int // matched pairs with the right stance
	BothRight    int
}

// Add sums scores.
func (s *ClaimScores) Add(o ClaimScores) {
	s.Articles += o.Articles
	s.Gold += o.Gold
	s.Found += o.Found
	s.MatchedGold += o.MatchedGold
	s.MatchedFound += o.MatchedFound
	s.SpeakerRight += o.SpeakerRight
	s.StanceRight += o.StanceRight
	s.BothRight += o.BothRight
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Precision is the share of found claims that overlap a gold claim.
func (s ClaimScores) Precision() float64 { return ratio(s.MatchedFound, s.Found) }

// Recall is the share of gold claims found.
func (s ClaimScores) Recall() float64 { return ratio(s.MatchedGold, s.Gold) }

// F1 is the harmonic mean of precision and recall.
func (s ClaimScores) F1() float64 {
	p, r := s.Precision(), s.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// SpeakerAccuracy is the share of matched claims with the right speaker.
func (s ClaimScores) SpeakerAccuracy() float64 { return ratio(s.SpeakerRight, s.MatchedGold) }

// StanceAccuracy is the share of matched claims with the right stance.
func (s ClaimScores) StanceAccuracy() float64 { return ratio(s.StanceRight, s.MatchedGold) }

// BothAccuracy is the share of matched claims with speaker and stance right.
func (s ClaimScores) BothAccuracy() float64 { return ratio(s.BothRight, s.MatchedGold) }

// ClaimError is one difference between gold and found claims.
type ClaimError struct {
	Article string
	Kind    string // missed, extra, speaker, stance
	Start   int
	End     int
	Gold    string // gold speaker/stance
	Found   string // found speaker/stance
	Text    string // the evidence
}

// normSpeaker lower-cases a name, drops articles and stems each word, so
// that "Anonymen Quellen" and "Anonyme Quellen", "Konzerns" and "Konzern"
// compare equal.
func normSpeaker(s string) string {
	var out []string
	for _, w := range strings.FieldsFunc(strings.ToLower(norm.NFC.String(s)), func(r rune) bool {
		return r == ' ' || r == '«' || r == '»' || r == '„' || r == '“' || r == '"' || r == '(' || r == ')'
	}) {
		switch w {
		case "der", "die", "das", "den", "dem", "des", "ein", "eine", "einem", "einen", "einer", "eines", "the":
			continue
		}
		env := snowballstem.NewEnv(w)
		german.Stem(env)
		out = append(out, env.Current())
	}
	return strings.Join(out, " ")
}

// SpeakerMatches reports whether a found speaker is one of the gold names.
func SpeakerMatches(gold []string, found string) bool {
	f := normSpeaker(found)
	if f == "" {
		return false
	}
	for _, g := range gold {
		if normSpeaker(g) == f {
			return true
		}
	}
	return false
}

// ScoreClaims pairs the found claims of one article with its gold claims:
// a pair overlaps in its evidence span; among overlapping candidates the
// one with the right speaker, then the right stance, then the largest
// overlap wins, one to one.
func ScoreClaims(key string, gold []GoldClaim, found []fact.Claim, text string) (ClaimScores, []ClaimError) {
	s := ClaimScores{Articles: 1, Gold: len(gold), Found: len(found)}
	var errs []ClaimError
	used := make([]bool, len(found))
	g := append([]GoldClaim(nil), gold...)
	sort.SliceStable(g, func(i, j int) bool { return g[i].Start < g[j].Start })
	pair := make([]int, len(g))
	// first pair claims with the right speaker, then the rest, so that a
	// sentence holding two claims is not paired crosswise
	for phase := 0; phase < 2; phase++ {
		for gi, gc := range g {
			if phase == 1 && pair[gi] >= 0 {
				continue
			}
			pair[gi] = -1
			best, bestScore := -1, -1
			for i, f := range found {
				if used[i] || f.End <= gc.Start || f.Start >= gc.End {
					continue
				}
				sm := SpeakerMatches(gc.Speakers, f.Speaker)
				if phase == 0 && !sm {
					continue
				}
				score := min(f.End, gc.End) - max(f.Start, gc.Start)
				if f.Stance == gc.Stance {
					score += 1 << 21
				}
				if score > bestScore {
					best, bestScore = i, score
				}
			}
			if best >= 0 {
				used[best] = true
				pair[gi] = best
			}
		}
	}
	for gi, gc := range g {
		best := pair[gi]
		gs := strings.Join(gc.Speakers, ";") + "/" + gc.Stance
		if best < 0 {
			errs = append(errs, ClaimError{Article: key, Kind: "missed", Start: gc.Start, End: gc.End, Gold: gs, Text: text[gc.Start:gc.End]})
			continue
		}
		f := found[best]
		s.MatchedGold++
		s.MatchedFound++
		sr, st := SpeakerMatches(gc.Speakers, f.Speaker), f.Stance == gc.Stance
		if sr {
			s.SpeakerRight++
		}
		if st {
			s.StanceRight++
		}
		if sr && st {
			s.BothRight++
		}
		fs := f.Speaker + "/" + f.Stance
		if !sr {
			errs = append(errs, ClaimError{Article: key, Kind: "speaker", Start: gc.Start, End: gc.End, Gold: gs, Found: fs, Text: text[gc.Start:gc.End]})
		} else if !st {
			errs = append(errs, ClaimError{Article: key, Kind: "stance", Start: gc.Start, End: gc.End, Gold: gs, Found: fs, Text: text[gc.Start:gc.End]})
		}
	}
	for i, f := range found {
		if !used[i] {
			errs = append(errs, ClaimError{Article: key, Kind: "extra", Start: f.Start, End: f.End, Found: f.Speaker + "/" + f.Stance + " (" + f.Cue + ")", Text: f.Evidence})
		}
	}
	return s, errs
}

// Evaluate runs extract on every article of the set (texts loaded)
// and returns the scores of the dev half, the test half and all, and the
// errors of each article in order.
func (set *ClaimSet) Evaluate(extract func(id, text string) []fact.Claim) (map[string]ClaimScores, map[string][]ClaimError) {
	byArt := map[string][]GoldClaim{}
	for _, g := range set.Claims {
		byArt[g.Key()] = append(byArt[g.Key()], g)
	}
	scores := map[string]ClaimScores{}
	errs := map[string][]ClaimError{}
	for _, a := range set.Articles {
		found := extract(a.Key(), a.Text)
		s, e := ScoreClaims(a.Key(), byArt[a.Key()], found, a.Text)
		all := scores["all"]
		all.Add(s)
		scores["all"] = all
		sp := scores[a.Split]
		sp.Add(s)
		scores[a.Split] = sp
		errs[a.Split] = append(errs[a.Split], e...)
	}
	return scores, errs
}

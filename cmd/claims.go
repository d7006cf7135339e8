package cmd

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/spf13/cobra"

	"github.com/corpus-news/corpus/analyze/fact"
	"github.com/corpus-news/corpus/report"
)

// claimsOptions holds the filters of the claims command.
type claimsOptions struct {
	article string
	speaker string
	entity  string
	stance  string
}

func init() {
	register(newClaimsCmd)
}

func newClaimsCmd(g *globals) *cobra.Command {
	var o claimsOptions
	c := &cobra.Command{
		Use:   "claims [PATH...]",
		Short: "List who says what: claims with speaker, stance and evidence",
		Long: `claims lists the claims the articles carry: a proposition, the speaker it is
attributed to (a canonical name, or a descriptor such as "Anonyme Quellen"),
and the speaker's stance toward it: asserts, reports (passed on from a
source, as a medium does), confirms or denies, with partial set where the
text limits it ("teilweise").
` + factSources + `

Claims come from direct quotes, reported speech (cue verbs, Konjunktiv I),
attributions (laut, zufolge, nach Angaben, unter Berufung auf, heißt es,
wonach, demnach), hearsay (soll ... haben, angeblich) and verbs of
confirmation and denial. docs/annotating-claims.md says what counts.

The table shows the article, speaker, stance and the evidence shortened
around the cue; CSV, TSV, JSON and NDJSON carry every field: id, article,
outlet, speaker, speaker_of, stance, partial, mode, cue, subject, predicate
(a German stem), object, polarity, hedges, entities, dates, evidence (the
full sentence or sentences), start and end (byte offsets into the body, end
exclusive) and via, the chain of sourcing (outlet, credited sources, relays,
original source). Rows are ordered by article ID, then position.

Filters combine: --speaker and --entity match a part of a name, case
ignored; --entity matches the speaker, the subject and the entities inside
the claim; --stance takes a comma-separated list.

Examples:
  corpus claims --stance denies
  corpus claims --speaker "Bundesregierung" --format json
  corpus claims --entity Facebook --stance reports,denies
  corpus claims ../articles/ --article 3fa9
` + exitStatusHelp,
		RunE: func(c *cobra.Command, args []string) error {
			return runClaims(g, &o, args)
		},
	}
	c.Flags().StringVar(&o.article, "article", "", "only the article whose ID starts with this prefix")
	c.Flags().StringVar(&o.speaker, "speaker", "", "only claims whose speaker contains this text (case ignored)")
	c.Flags().StringVar(&o.entity, "entity", "", "only claims whose speaker, subject or entities contain this text")
	c.Flags().StringVar(&o.stance, "stance", "", "only these stances: asserts, reports, confirms, denies (comma-separated)")
	return c
}

func containsFoldStr(s, sub string) bool {
	return strings.Contains(strings.ToLower(s), strings.ToLower(sub))
}

// claimMatches applies the filters of o to c.
func claimMatches(o *claimsOptions, c fact.Claim) bool {
	if !matches(o.stance, c.Stance) {
		return false
	}
	if o.speaker != "" && !containsFoldStr(c.Speaker, o.speaker) && !containsFoldStr(c.SpeakerOf, o.speaker) {
		return false
	}
	if o.entity != "" {
		ok := containsFoldStr(c.Speaker, o.entity) || containsFoldStr(c.SpeakerOf, o.entity) || containsFoldStr(c.Subject, o.entity)
		for _, e := range c.Entities {
			ok = ok || containsFoldStr(e, o.entity)
		}
		if !ok {
			return false
		}
	}
	return true
}

func runClaims(g *globals, o *claimsOptions, paths []string) error {
	if err := unknownValue("--stance", o.stance, fact.Asserts, fact.Reports, fact.Confirms, fact.Denies); err != nil {
		return err
	}
	fs, err := loadFacts(g, paths, o.article)
	if err != nil {
		return err
	}
	var cs []fact.Claim
	for i, a := range fs.Articles {
		for _, c := range fs.Results[i].Claims {
			c.Article = a.ID
			if c.Outlet == "" {
				c.Outlet = a.Outlet
			}
			if claimMatches(o, c) {
				cs = append(cs, c)
			}
		}
	}
	sort.SliceStable(cs, func(i, j int) bool {
		return lessSpan(cs[i].Article, cs[i].Start, cs[i].End, cs[j].Article, cs[j].Start, cs[j].End)
	})
	if strings.EqualFold(g.format, report.Table) {
		w, err := report.New(g.stdout, g.format, "article", "speaker", "stance", "evidence")
		if err != nil {
			return err
		}
		for _, c := range cs {
			stance := c.Stance
			if c.Partial {
				stance += " (partial)"
			}
			if err := w.Write(shortID(c.Article), c.Speaker, stance, report.Focus{Text: c.Evidence, At: cueOffset(c.Evidence, c.Cue)}); err != nil {
				return err
			}
		}
		return w.Flush()
	}
	w, err := report.New(g.stdout, g.format, "id", "article", "outlet", "speaker", "speaker_of", "stance", "partial",
		"mode", "cue", "subject", "predicate", "object", "polarity", "hedges", "entities", "dates", "evidence",
		"start", "end", "via")
	if err != nil {
		return err
	}
	for _, c := range cs {
		if err := w.Write(c.ID, c.Article, c.Outlet, c.Speaker, c.SpeakerOf, c.Stance, c.Partial, c.Mode, c.Cue,
			c.Subject, c.Predicate, c.Object, c.Polarity, nonNil(c.Hedges), nonNil(c.Entities), nonNil(c.Dates),
			c.Evidence, c.Start, c.End, nonNil(c.Via)); err != nil {
			return err
		}
	}
	return w.Flush()
}

func nonNil(xs []string) []string {
	if xs == nil {
		return []string{}
	}
	return xs
}

// cueOffset is the byte offset of the cue in the evidence, for the table's
// excerpt: the first place the cue (or, for "teilte mit", its first word)
// stands as whole words, else 0.
func cueOffset(text, cue string) int {
	for _, c := range []string{cue, firstWord(cue)} {
		if c == "" {
			continue
		}
		for from := 0; from < len(text); {
			i := strings.Index(text[from:], c)
			if i < 0 {
				break
			}
			i += from
			if wordEdge(text, i-1, true) && wordEdge(text, i+len(c), false) {
				return i
			}
			from = i + len(c)
		}
	}
	return 0
}

func firstWord(s string) string {
	if f := strings.Fields(s); len(f) > 1 {
		return f[0]
	}
	return ""
}

// wordEdge reports whether byte i of text (i may be -1 or len(text)) is
// outside a word: the start or end of text, or a rune that is no letter
// or digit.
func wordEdge(text string, i int, before bool) bool {
	if i < 0 || i >= len(text) {
		return true
	}
	var r rune
	if before {
		r, _ = utf8.DecodeLastRuneInString(text[:i+1])
	} else {
		r, _ = utf8.DecodeRuneInString(text[i:])
	}
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

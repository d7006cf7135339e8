// Package fact defines the facts the analysers pull out of an article:
// tokens and sentences, entities, figures, dates, claims, and the findings
// of cross-checking. It holds types only, so that every analyser, the store
// and the report layer speak of the same things.
//
// Every offset is a byte offset into the article body as stored (NFC,
// boilerplate removed); End is exclusive, so body[Start:End] is the text.
package fact

// Token is one word or punctuation mark of a body.
type Token struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// Sentence is one sentence (or headline, or list line) of a body.
type Sentence struct {
	Index  int     `json:"index"`
	Start  int     `json:"start"`
	End    int     `json:"end"`
	Tokens []Token `json:"-"`
}

// Entity types.
const (
	PER = "PER"
	ORG = "ORG"
	LOC = "LOC"
)

// Organisation kinds, the finer label of an ORG entity.
const (
	KindBank     = "bank"     // bank or financial firm
	KindPayment  = "payment"  // card and payment companies
	KindExchange = "exchange" // stock exchanges
	KindMedia    = "media"    // media outlet
	KindAgency   = "agency"   // news agency
	KindCompany  = "company"
	KindPublic   = "public" // government, authority, court, international body
	KindParty    = "party"  // political party
)

// Entity is one mention of a person, organisation or place.
type Entity struct {
	Article  string `json:"article"`
	Text     string `json:"text"` // the surface form, as in the body
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Sentence int    `json:"sentence"` // index of the sentence holding it
	Name     string `json:"name"`     // canonical name
	Type     string `json:"type"`     // PER, ORG or LOC
	Kind     string `json:"kind"`     // finer ORG kind, or ""
}

// Units of figures.
const (
	UnitPercent = "percent"
	UnitPoints  = "percentage_points"
	UnitCount   = "count"
	UnitEUR     = "EUR"
	UnitUSD     = "USD"
)

// Figure is a number with what it counts or measures.
type Figure struct {
	Article   string  `json:"article"`
	Text      string  `json:"text"`
	Start     int     `json:"start"`
	End       int     `json:"end"`
	Sentence  int     `json:"sentence"`
	Value     float64 `json:"value"`     // normalised: "1,3 Milliarden" is 1.3e9
	Unit      string  `json:"unit"`      // percent, percentage_points, EUR, USD, CHF, GBP, count, ...
	Noun      string  `json:"noun"`      // counted noun: "Nutzer" in "87 Millionen Nutzer"
	Hedge     string  `json:"hedge"`     // rund, etwa, knapp, mehr als, bis zu, zeitweise, ... or ""
	Direction string  `json:"direction"` // up, down, or ""
	About     string  `json:"about"`     // what is measured: the subject or noun the figure belongs to
}

// Date is a temporal expression, normalised to ISO 8601.
type Date struct {
	Article  string `json:"article"`
	Text     string `json:"text"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Sentence int    `json:"sentence"`
	Value    string `json:"value"`    // 2018, 2018-08, 2018-08-07, 2018-08-07T09:38, or "" when vague
	Vague    bool   `json:"vague"`    // kürzlich, bald: not resolvable
	Relative bool   `json:"relative"` // resolved against the publication date
}

// Claim stances.
const (
	Asserts  = "asserts"
	Reports  = "reports"
	Confirms = "confirms"
	Denies   = "denies"
)

// Claim is a proposition an article carries, who it is attributed to, and
// how that speaker stands toward it.
type Claim struct {
	ID        string   `json:"id"` // stable: derived from article and span
	Article   string   `json:"article"`
	Outlet    string   `json:"outlet"`
	Speaker   string   `json:"speaker"`    // canonical entity name, or the descriptor ("Anonyme Quellen")
	SpeakerOf string   `json:"speaker_of"` // organisation a descriptor belongs to ("ein Firmensprecher" of Facebook), or ""
	Stance    string   `json:"stance"`     // asserts, reports, confirms, denies
	Partial   bool     `json:"partial"`    // "teilweise"
	Mode      string   `json:"mode"`       // direct, indirect, according_to, hearsay, statement
	Cue       string   `json:"cue"`        // the cue word or phrase: "dementierte", "zufolge", "sagte"
	Subject   string   `json:"subject"`
	Predicate string   `json:"predicate"` // lemma or stem
	Object    string   `json:"object"`
	Polarity  string   `json:"polarity"` // positive or negative (negation inside the proposition)
	Hedges    []string `json:"hedges"`   // angeblich, offenbar, soll, ...
	Entities  []string `json:"entities"` // canonical names inside the proposition
	Figures   []Figure `json:"figures"`
	Dates     []string `json:"dates"`    // ISO values inside the proposition
	Evidence  string   `json:"evidence"` // the sentence(s) holding the claim
	Start     int      `json:"start"`    // evidence span in the body
	End       int      `json:"end"`
	Via       []string `json:"via"` // chain of sourcing: outlet, credited source(s), original source
}

// Finding kinds.
const (
	Contradiction = "contradiction"
	Discrepancy   = "discrepancy"
	Corroboration = "corroboration"
)

// Severities, from least to most.
const (
	SeverityInfo   = "info"
	SeverityLow    = "low"
	SeverityMedium = "medium"
	SeverityHigh   = "high"
)

// Finding is the result of cross-checking: what sources agree on or where
// they disagree, with the evidence of each side.
type Finding struct {
	ID          string `json:"id"` // stable: derived from kind and sides
	Kind        string `json:"kind"`
	Severity    string `json:"severity"`
	About       string `json:"about"`       // the proposition or measure, short
	Explanation string `json:"explanation"` // one line in plain words
	Sides       []Side `json:"sides"`
}

// Side is one side of a finding.
type Side struct {
	Article  string   `json:"article"`
	Outlet   string   `json:"outlet"`
	Speaker  string   `json:"speaker"`
	Stance   string   `json:"stance"`
	Evidence string   `json:"evidence"`
	Start    int      `json:"start"`
	End      int      `json:"end"`
	Claim    string   `json:"claim,omitempty"` // claim ID, when the side is a claim
	Date     string   `json:"date,omitempty"`  // for dates: the ISO value the side gives
	Value    *float64 `json:"value,omitempty"` // for figures
	Unit     string   `json:"unit,omitempty"`
	Hedge    string   `json:"hedge,omitempty"`
}

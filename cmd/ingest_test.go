package cmd

import (
	"reflect"
	"testing"

	"github.com/corpus-news/corpus/analyze/fact"
	"github.com/corpus-news/corpus/corpus"
)

func TestReadFlags(t *testing.T) {
	tests := []struct {
		name    string
		flags   readFlags
		want    corpus.Options
		wantErr bool
	}{
		{name: "defaults", flags: readFlags{header: "auto"}, want: corpus.Options{}},
		{name: "10kGNAD", flags: readFlags{delimiter: ";", quote: "'", header: "no", textCol: "2"},
			want: corpus.Options{CSVDelimiter: ';', CSVQuote: '\'', CSVHeader: corpus.HeaderNo, Fields: map[string]string{"text": "2"}}},
		{name: "fields", flags: readFlags{fields: []string{"Title=Überschrift", "text = inhalt"}, format: "JSONL"},
			want: corpus.Options{Format: "jsonl", Fields: map[string]string{"title": "Überschrift", "text": "inhalt"}}},
		{name: "tab", flags: readFlags{delimiter: "tab", header: "yes"}, want: corpus.Options{CSVDelimiter: '\t', CSVHeader: corpus.HeaderYes}},
		{name: "two-character delimiter", flags: readFlags{delimiter: ";;"}, wantErr: true},
		{name: "field without name", flags: readFlags{fields: []string{"text="}}, wantErr: true},
		{name: "unknown format", flags: readFlags{format: "docx"}, wantErr: true},
		{name: "unknown header mode", flags: readFlags{header: "vielleicht"}, wantErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.flags.options()
			if (err != nil) != tt.wantErr {
				t.Fatalf("err = %v, want error %v", err, tt.wantErr)
			}
			if err == nil && !reflect.DeepEqual(got, tt.want) {
				t.Fatalf("got %+v, want %+v", got, tt.want)
			}
		})
	}
}

func TestFactKinds(t *testing.T) {
	figures := map[string]string{fact.UnitPercent: "share", fact.UnitPoints: "share", fact.UnitCount: "count",
		fact.UnitEUR: "money", "CHF": "money", "km": "other", "": "other"}
	for unit, want := range figures {
		if got := figureKind(unit); got != want {
			t.Errorf("figureKind(%q) = %q, want %q", unit, got, want)
		}
	}
	dates := map[string]string{"": "none", "2018": "year", "2018-08": "month", "2018-08-07": "day",
		"2018-08-07T09:38": "time"}
	for v, want := range dates {
		if got := datePrecision(v); got != want {
			t.Errorf("datePrecision(%q) = %q, want %q", v, got, want)
		}
	}
	if dateType(fact.Date{Vague: true, Relative: true}) != "vague" || dateType(fact.Date{Relative: true}) != "relative" ||
		dateType(fact.Date{}) != "absolute" {
		t.Error("dateType")
	}
	for _, tt := range []struct {
		wanted, value string
		want          bool
	}{{"", "ORG", true}, {"org", "ORG", true}, {"PER, LOC", "LOC", true}, {"PER,LOC", "ORG", false}} {
		if got := matches(tt.wanted, tt.value); got != tt.want {
			t.Errorf("matches(%q, %q) = %v", tt.wanted, tt.value, got)
		}
	}
}

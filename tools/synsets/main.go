// Command synsets derives the compact synonym-set file of analyze/check
// from the plain-text OpenThesaurus (Debian package openthesaurus-de-text,
// /usr/share/openthesaurus-de/openthesaurus.txt, LGPL 2.1).
//
// Each input line is one synonym set, entries separated by ';'. The output
// keeps, per set, the entries that are one word once notes in parentheses
// ("(ugs.)", "(sich)") are removed; a verb with a trailing preposition
// ("wenden an") keeps the verb. Sets with fewer than two such words are
// dropped. The output is deterministic, so running it again on the same
// input gives the same file:
//
//	go run ./tools/synsets -in /usr/share/openthesaurus-de/openthesaurus.txt -out analyze/check/lists/synonyms.txt
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

var parens = regexp.MustCompile(`\([^)]*\)`)

// trailing prepositions of verb phrases such as "wenden an", "fragen nach".
var preps = map[string]bool{
	"an": true, "auf": true, "nach": true, "um": true, "über": true, "zu": true, "mit": true,
	"von": true, "für": true, "gegen": true, "bei": true, "aus": true, "in": true, "vor": true,
}

// placeholders of valency that say nothing of the meaning: "(sich) an jemanden wenden".
var fillers = map[string]bool{"jemanden": true, "jemandem": true, "jemandes": true, "etwas": true, "sich": true}

func main() {
	in := flag.String("in", "/usr/share/openthesaurus-de/openthesaurus.txt", "OpenThesaurus text file")
	out := flag.String("out", "analyze/check/lists/synonyms.txt", "output file")
	flag.Parse()
	if err := run(*in, *out); err != nil {
		fmt.Fprintln(os.Stderr, "synsets:", err)
		os.Exit(1)
	}
}

func run(in, out string) error {
	f, err := os.Open(in)
	if err != nil {
		return fmt.Errorf("open thesaurus: %w", err)
	}
	defer f.Close()
	sets, err := derive(f)
	if err != nil {
		return fmt.Errorf("read %s: %w", in, err)
	}
	w, err := os.Create(out)
	if err != nil {
		return fmt.Errorf("create %s: %w", out, err)
	}
	bw := bufio.NewWriter(w)
	fmt.Fprintln(bw, "# Synonym sets derived from OpenThesaurus (https://www.openthesaurus.de),")
	fmt.Fprintln(bw, "# Copyright (C) Daniel Naber and the OpenThesaurus contributors, licensed under")
	fmt.Fprintln(bw, "# the GNU Lesser General Public License 2.1 or later (see LICENSE.openthesaurus).")
	fmt.Fprintln(bw, "# Derived with tools/synsets from the Debian package openthesaurus-de-text:")
	fmt.Fprintln(bw, "# one-word entries only, one set a line, words separated by ';'.")
	for _, s := range sets {
		fmt.Fprintln(bw, strings.Join(s, ";"))
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write %s: %w", out, err)
	}
	return w.Close()
}

func derive(r io.Reader) ([][]string, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	seen := map[string]bool{}
	var sets [][]string
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") || strings.TrimSpace(line) == "" {
			continue
		}
		words := map[string]bool{}
		for _, e := range strings.Split(line, ";") {
			if w := word(e); w != "" {
				words[w] = true
			}
		}
		if len(words) < 2 {
			continue
		}
		set := make([]string, 0, len(words))
		for w := range words {
			set = append(set, w)
		}
		sort.Strings(set)
		key := strings.Join(set, ";")
		if seen[key] {
			continue
		}
		seen[key] = true
		sets = append(sets, set)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	sort.Slice(sets, func(i, j int) bool { return strings.Join(sets[i], ";") < strings.Join(sets[j], ";") })
	return sets, nil
}

// word returns the one-word form of a thesaurus entry, or "".
func word(e string) string {
	e = parens.ReplaceAllString(e, " ")
	e = strings.TrimSuffix(strings.TrimSpace(e), "...")
	var f []string
	for _, t := range strings.Fields(e) {
		if !fillers[t] {
			f = append(f, t)
		}
	}
	if len(f) == 2 && preps[f[1]] && startsLower(f[0]) {
		f = f[:1]
	} else if len(f) == 2 && preps[f[0]] && startsLower(f[1]) {
		f = f[1:]
	}
	if len(f) != 1 {
		return ""
	}
	w := f[0]
	if utf8.RuneCountInString(w) < 3 {
		return ""
	}
	for _, r := range w {
		if !unicode.IsLetter(r) && r != '-' {
			return ""
		}
	}
	return w
}

func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Feature templates. Each feature is the FNV-1a hash of its template byte
// and its value, so no feature string is ever built.
const (
	fBias byte = iota + 1
	fWord
	fLower
	fShape
	fPrefix
	fSuffix
	fPrev1
	fNext1
	fPrev2
	fNext2
	fPrevShape
	fNextShape
	fBigramPrev
	fBigramNext
	fInitial
	fCoarse
	fFine
	fPrevCoarse
	fNextCoarse
	fDet
	fGaz
	fPrevGaz
	fNextGaz
	fHyphenFirst
	fHyphenLast
	fHyphenFirstGaz
	fHyphenFirstCoarse
	fCapMid
	fLength
	fPrevFine
	fNextFine
	fShapeTri
	fHyphenLastCoarse
	fDetPrevCoarse
	fCue
	fPrevCue
	fPred
	fPrevPred
	fNextPred
	fConj
)

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func hashStr(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

func feat(t byte, s string) uint64 {
	h := uint64(fnvOffset)
	h ^= uint64(t)
	h *= fnvPrime
	return hashStr(h, s)
}

func feat2(t byte, a, b string) uint64 {
	h := feat(t, a)
	h ^= 0xff
	h *= fnvPrime
	return hashStr(h, b)
}

func featN(t byte, n uint64) uint64 {
	h := uint64(fnvOffset)
	h ^= uint64(t)
	h *= fnvPrime
	for i := 0; i < 8; i++ {
		h ^= n & 0xff
		h *= fnvPrime
		n >>= 8
	}
	return h
}

// shape maps a word to its compressed character classes: "Merkel" -> "Xx",
// "US-Banken" -> "X-Xx", "4,45" -> "d,d".
func shape(w string) string {
	var buf [24]byte
	n := 0
	var last byte
	for _, r := range w {
		var c byte
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLower(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		case r < utf8.RuneSelf:
			c = byte(r)
		default:
			c = '*'
		}
		if c == last {
			continue
		}
		last = c
		if n < len(buf) {
			buf[n] = c
			n++
		}
	}
	return string(buf[:n])
}

func isCap(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// features returns the hashed features of each token of a sentence.
func features(words []string, lex map[string]WordInfo) [][]uint64 {
	n := len(words)
	lower := make([]string, n)
	shapes := make([]string, n)
	infos := make([]WordInfo, n)
	for i, w := range words {
		lower[i] = strings.ToLower(w)
		shapes[i] = shape(w)
		infos[i] = lookup(lex, w, lower[i])
	}
	gz := gazFlags(words)
	all := make([]uint64, 0, n*44)
	out := make([][]uint64, n)
	at := func(i int, s []string) string {
		if i < 0 {
			return "<s>"
		}
		if i >= n {
			return "</s>"
		}
		return s[i]
	}
	info := func(i int) WordInfo {
		if i < 0 || i >= n {
			return WordInfo{Coarse: 0xffff, Fine: 0xffff}
		}
		return infos[i]
	}
	gazAt := func(i int) uint64 {
		if i < 0 || i >= n {
			return 0xff
		}
		return uint64(gz[i])
	}
	for i, w := range words {
		start := len(all)
		lw := lower[i]
		nr := utf8.RuneCountInString(lw)
		all = append(all,
			feat(fBias, ""),
			feat(fWord, w),
			feat(fLower, lw),
			feat(fShape, shapes[i]),
			feat(fPrev1, at(i-1, lower)),
			feat(fNext1, at(i+1, lower)),
			feat(fPrev2, at(i-2, lower)),
			feat(fNext2, at(i+2, lower)),
			feat(fPrevShape, at(i-1, shapes)),
			feat(fNextShape, at(i+1, shapes)),
			feat2(fBigramPrev, at(i-1, lower), lw),
			feat2(fBigramNext, lw, at(i+1, lower)),
			featN(fCoarse, uint64(infos[i].Coarse)),
			featN(fFine, uint64(infos[i].Fine)),
			featN(fPrevCoarse, uint64(info(i-1).Coarse)),
			featN(fNextCoarse, uint64(info(i+1).Coarse)),
			featN(fPrevFine, uint64(info(i-1).Fine)),
			featN(fNextFine, uint64(info(i+1).Fine)),
			featN(fDet, uint64(infos[i].Det)<<8|uint64(boolByte(isCap(w)))),
			featN(fDetPrevCoarse, uint64(infos[i].Det)<<16|uint64(info(i-1).Coarse)),
			featN(fGaz, uint64(gz[i])),
			featN(fPrevGaz, gazAt(i-1)),
			featN(fNextGaz, gazAt(i+1)),
			featN(fCue, uint64(infos[i].PerCue)|uint64(infos[i].LocCue)<<8|uint64(infos[i].OrgCue)<<16),
			featN(fCue, 1<<24|uint64(infos[i].PerCue)),
			featN(fCue, 2<<24|uint64(infos[i].LocCue)),
			featN(fCue, 3<<24|uint64(infos[i].OrgCue)),
			featN(fPrevCue, uint64(info(i-1).PerCue)|uint64(info(i-1).OrgCue)<<8),
			featN(fPred, uint64(infos[i].PredPER)|uint64(infos[i].PredORG)<<8|uint64(infos[i].PredLOC)<<16),
			featN(fPred, 1<<24|uint64(infos[i].PredPER)),
			featN(fPred, 2<<24|uint64(infos[i].PredORG)),
			featN(fPred, 3<<24|uint64(infos[i].PredLOC)),
			featN(fPrevPred, uint64(info(i-1).PredPER)|uint64(info(i-1).PredORG)<<8|uint64(info(i-1).PredLOC)<<16),
			featN(fNextPred, uint64(info(i+1).PredPER)|uint64(info(i+1).PredORG)<<8|uint64(info(i+1).PredLOC)<<16),
			hashStr(feat2(fShapeTri, at(i-1, shapes), shapes[i])^0x7c, at(i+1, shapes)),
		)
		if gz[i] != 0 {
			for b := uint64(1); b < 256; b <<= 1 {
				if uint64(gz[i])&b != 0 {
					all = append(all, featN(fGaz, 0x100|b))
				}
			}
		}
		all = append(all,
			featN(fConj, uint64(info(i-1).Coarse)<<16|uint64(infos[i].Coarse)),
			featN(fConj, 1<<40|uint64(infos[i].Coarse)<<16|uint64(info(i+1).Coarse)),
			hashStr(featN(fConj, 2<<40|uint64(infos[i].Fine)), shapes[i]),
		)
		if nr > 5 {
			all = append(all, feat(fSuffix, "5"+runeSuffix(lw, 5)), feat(fPrefix, "5"+runePrefix(lw, 5)))
		}
		if i == 0 {
			all = append(all, feat(fInitial, shapes[i]))
		} else if isCap(w) {
			all = append(all, feat(fCapMid, ""))
		}
		all = append(all, featN(fLength, uint64(min(nr, 12))))
		// Affixes of the lowercased word, by runes.
		for k := 1; k <= 4 && k <= nr; k++ {
			all = append(all, feat(fPrefix, runePrefix(lw, k)))
			all = append(all, feat(fSuffix, runeSuffix(lw, k)))
		}
		// Parts of a hyphenated compound: US-Großbanken, Facebook-Nutzern.
		if h := strings.IndexByte(w, '-'); h > 0 && h < len(w)-1 {
			first, last := w[:h], w[strings.LastIndexByte(w, '-')+1:]
			all = append(all,
				feat(fHyphenFirst, strings.ToLower(first)),
				feat(fHyphenLast, strings.ToLower(last)),
				featN(fHyphenFirstGaz, uint64(wordFlags(first))),
				featN(fHyphenFirstCoarse, uint64(lookup(lex, first, strings.ToLower(first)).Coarse)),
				featN(fHyphenLastCoarse, uint64(lookup(lex, last, strings.ToLower(last)).Coarse)),
			)
		}
		out[i] = all[start:len(all):len(all)]
	}
	return out
}

func lookup(lex map[string]WordInfo, w, lw string) WordInfo {
	if wi, ok := lex[w]; ok {
		return wi
	}
	if wi, ok := lex[lw]; ok {
		return wi
	}
	return WordInfo{}
}

func boolByte(b bool) byte {
	if b {
		return 1
	}
	return 0
}

func runePrefix(s string, k int) string {
	for i := range s {
		if k == 0 {
			return s[:i]
		}
		k--
	}
	return s
}

func runeSuffix(s string, k int) string {
	i := len(s)
	for k > 0 && i > 0 {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
		k--
	}
	return s[i:]
}

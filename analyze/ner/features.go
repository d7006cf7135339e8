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
	fSuffix5
	fPrefix5
	fOrgHead
	fAcronym
	fCompanyForm
	fLowerRatio
	fClus
	fClusCap
	fPrevClus
	fNextClus
	fHyphenClus
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

// sentInfo holds what the features of a sentence need of every token.
type sentInfo struct {
	lower  []string
	shapes []string
	infos  []WordInfo
	gz     []uint8
	forms  []bool // the word is a legal form or company word (companyForms)
}

func prepare(words []string, lex map[string]WordInfo, clus *Clusters) *sentInfo {
	n := len(words)
	si := &sentInfo{lower: make([]string, n), shapes: make([]string, n), infos: make([]WordInfo, n), forms: make([]bool, n)}
	for i, w := range words {
		si.forms[i] = companyForms[w]
		si.lower[i] = strings.ToLower(w)
		si.shapes[i] = shape(w)
		si.infos[i] = lookup(lex, clus, w, si.lower[i])
	}
	si.gz = gazFlags(words)
	return si
}

// features returns the hashed features of each token of a sentence: those
// of the word itself (wordFeatures) and those of its context.
func features(words []string, lex map[string]WordInfo, clus *Clusters) [][]uint64 {
	si := prepare(words, lex, clus)
	all := make([]uint64, 0, len(words)*72)
	out := make([][]uint64, len(words))
	for i, w := range words {
		start := len(all)
		all = wordFeatures(all, w, si.lower[i], si.shapes[i], si.infos[i], lex, clus)
		all = contextFeatures(all, i, words, si)
		out[i] = all[start:len(all):len(all)]
	}
	return out
}

// wordFeatures appends the features that depend on the word alone, so that
// their summed weights can be cached per word.
func wordFeatures(all []uint64, w, lw, shp string, wi WordInfo, lex map[string]WordInfo, clus *Clusters) []uint64 {
	nr := utf8.RuneCountInString(lw)
	all = append(all,
		feat(fBias, ""),
		feat(fWord, w),
		feat(fLower, lw),
		feat(fShape, shp),
		featN(fCoarse, uint64(wi.Coarse)),
		featN(fFine, uint64(wi.Fine)),
		featN(fDet, uint64(wi.Det)<<8|uint64(boolByte(isCap(w)))),
		featN(fCue, uint64(wi.PerCue)|uint64(wi.LocCue)<<8|uint64(wi.OrgCue)<<16),
		featN(fCue, 1<<24|uint64(wi.PerCue)),
		featN(fCue, 2<<24|uint64(wi.LocCue)),
		featN(fCue, 3<<24|uint64(wi.OrgCue)),
		featN(fPred, uint64(wi.PredPER)|uint64(wi.PredORG)<<8|uint64(wi.PredLOC)<<16),
		featN(fPred, 1<<24|uint64(wi.PredPER)),
		featN(fPred, 2<<24|uint64(wi.PredORG)),
		featN(fPred, 3<<24|uint64(wi.PredLOC)),
		hashStr(featN(fConj, 2<<40|uint64(wi.Fine)), shp),
		featN(fLength, uint64(min(nr, 12))),
	)
	if wi.Clus[0] != 0 {
		// The word's cluster at each granularity, alone and with its
		// capitalisation (a capitalised word of a cluster of names).
		c := uint64(boolByte(isCap(w)))
		for k, id := range wi.Clus {
			if id == 0 {
				break
			}
			all = append(all, featN(fClus, uint64(k)<<16|uint64(id)), featN(fClusCap, c<<20|uint64(k)<<16|uint64(id)))
		}
	}
	if wi.Lower > 0 {
		all = append(all, featN(fLowerRatio, uint64(wi.Lower)|uint64(boolByte(isCap(w)))<<8))
	}
	if h := orgHead(lw); h > 0 {
		all = append(all, featN(fOrgHead, uint64(h)), featN(fOrgHead, 1<<32|uint64(boolByte(isCap(w)))))
	}
	if isAcronymWord(w) {
		all = append(all, featN(fAcronym, uint64(min(nr, 7))|uint64(wi.PredORG)<<8|uint64(wi.PredLOC)<<16))
	}
	if nr > 5 {
		all = append(all, hashStr(feat(fSuffix5, ""), runeSuffix(lw, 5)), hashStr(feat(fPrefix5, ""), runePrefix(lw, 5)))
	}
	// Affixes of the lowercased word, by runes.
	for k := 1; k <= 4 && k <= nr; k++ {
		all = append(all, feat(fPrefix, runePrefix(lw, k)), feat(fSuffix, runeSuffix(lw, k)))
	}
	// Parts of a hyphenated compound: US-Großbanken, Facebook-Nutzern.
	if h := strings.IndexByte(w, '-'); h > 0 && h < len(w)-1 {
		first, last := w[:h], w[strings.LastIndexByte(w, '-')+1:]
		lf, ll := strings.ToLower(first), strings.ToLower(last)
		all = append(all,
			feat(fHyphenFirst, lf),
			feat(fHyphenLast, ll),
			featN(fHyphenFirstGaz, uint64(wordFlags(first))),
			featN(fHyphenFirstCoarse, uint64(lookup(lex, nil, first, lf).Coarse)),
			featN(fHyphenLastCoarse, uint64(lookup(lex, nil, last, ll).Coarse)),
		)
		if clus != nil {
			// The middle-grained clusters of the compound's parts.
			all = append(all,
				featN(fHyphenClus, uint64(clus.of(first, lf)[1])),
				featN(fHyphenClus, 1<<16|uint64(clus.of(last, ll)[1])))
		}
	}
	return all
}

// Roles in which a word lends features to a token: itself, or its
// neighbour one or two words before or after. The features of a role
// depend on that one word only, so their summed weights are cached per word.
const (
	roleOwn = iota
	rolePrev
	roleNext
	rolePrev2
	roleNext2
	nRoles
)

// edgeInfo stands for the words beyond the sentence's ends.
var edgeInfo = WordInfo{Coarse: 0xffff, Fine: 0xffff, Clus: [ClusterLevels]uint16{clusEdge, clusEdge, clusEdge, clusEdge, clusEdge, clusEdge}}

// roleFeatures appends the features a word (lowercase lw, shape shp, info
// wi) lends in role r (not roleOwn).
func roleFeatures(all []uint64, r int, lw, shp string, wi WordInfo) []uint64 {
	switch r {
	case rolePrev:
		if orgHead(lw) > 0 {
			all = append(all, featN(fOrgHead, 2<<32))
		}
		if wi.Clus[0] != 0 {
			for k, id := range wi.Clus {
				if id == 0 {
					break
				}
				all = append(all, featN(fPrevClus, uint64(k)<<16|uint64(id)))
			}
		}
		return append(all,
			feat(fPrev1, lw),
			feat(fPrevShape, shp),
			featN(fPrevCoarse, uint64(wi.Coarse)),
			featN(fPrevFine, uint64(wi.Fine)),
			featN(fPrevCue, uint64(wi.PerCue)|uint64(wi.OrgCue)<<8),
			featN(fPrevPred, uint64(wi.PredPER)|uint64(wi.PredORG)<<8|uint64(wi.PredLOC)<<16),
		)
	case roleNext:
		if orgHead(lw) > 0 {
			all = append(all, featN(fOrgHead, 3<<32))
		}
		if wi.Clus[0] != 0 {
			for k, id := range wi.Clus {
				if id == 0 {
					break
				}
				all = append(all, featN(fNextClus, uint64(k)<<16|uint64(id)))
			}
		}
		return append(all,
			feat(fNext1, lw),
			feat(fNextShape, shp),
			featN(fNextCoarse, uint64(wi.Coarse)),
			featN(fNextFine, uint64(wi.Fine)),
			featN(fNextPred, uint64(wi.PredPER)|uint64(wi.PredORG)<<8|uint64(wi.PredLOC)<<16),
		)
	case rolePrev2:
		return append(all, feat(fPrev2, lw))
	case roleNext2:
		return append(all, feat(fNext2, lw))
	}
	return all
}

// neighbour returns what role r of token i sees: the word at the offset, or
// the sentence edge.
func neighbour(r, i int, si *sentInfo) (lw, shp string, wi WordInfo) {
	j := i + [nRoles]int{0, -1, 1, -2, 2}[r]
	switch {
	case j < 0:
		return "<s>", "<s>", edgeInfo
	case j >= len(si.lower):
		return "</s>", "</s>", edgeInfo
	}
	return si.lower[j], si.shapes[j], si.infos[j]
}

// contextFeatures appends the features of token i that depend on its
// neighbours, its position or list names spanning several words: those
// lent by each neighbour, then pairFeatures.
func contextFeatures(all []uint64, i int, words []string, si *sentInfo) []uint64 {
	for r := rolePrev; r < nRoles; r++ {
		lw, shp, wi := neighbour(r, i, si)
		all = roleFeatures(all, r, lw, shp, wi)
	}
	return pairFeatures(all, i, words, si)
}

// pairFeatures appends the features of token i that join it with a
// neighbour, depend on its position, or on list names of several words.
func pairFeatures(all []uint64, i int, words []string, si *sentInfo) []uint64 {
	n := len(words)
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
			return edgeInfo
		}
		return si.infos[i]
	}
	gazAt := func(i int) uint64 {
		if i < 0 || i >= n {
			return 0xff
		}
		return uint64(si.gz[i])
	}
	lw := si.lower[i]
	cur := si.infos[i]
	prev, next := info(i-1), info(i+1)
	all = append(all,
		feat2(fBigramPrev, at(i-1, si.lower), lw),
		feat2(fBigramNext, lw, at(i+1, si.lower)),
		featN(fDetPrevCoarse, uint64(cur.Det)<<16|uint64(prev.Coarse)),
		featN(fGaz, uint64(si.gz[i])),
		featN(fPrevGaz, gazAt(i-1)),
		featN(fNextGaz, gazAt(i+1)),
		hashStr(feat2(fShapeTri, at(i-1, si.shapes), si.shapes[i])^0x7c, at(i+1, si.shapes)),
		featN(fConj, uint64(prev.Coarse)<<16|uint64(cur.Coarse)),
		featN(fConj, 1<<40|uint64(cur.Coarse)<<16|uint64(next.Coarse)),
	)
	if g := si.gz[i]; g != 0 {
		for b := uint64(1); b < 256; b <<= 1 {
			if uint64(g)&b != 0 {
				all = append(all, featN(fGaz, 0x100|b))
			}
		}
	}
	// A legal form or organisation word within the next three words:
	// "Müller Logistik GmbH", "Stiftung Warentest" is not covered.
	for k := 1; k <= 3 && i+k < n; k++ {
		if si.forms[i+k] {
			all = append(all, featN(fCompanyForm, uint64(k)))
			break
		}
	}
	if i == 0 {
		all = append(all, feat(fInitial, si.shapes[i]))
	} else if isCap(words[i]) {
		all = append(all, feat(fCapMid, ""))
	}
	return all
}

// lookup returns what unlabelled text says of w (lowercase lw): its entry
// in lex, or that of lw, with its clusters when clus is not nil.
func lookup(lex map[string]WordInfo, clus *Clusters, w, lw string) WordInfo {
	wi, ok := lex[w]
	if !ok {
		wi = lex[lw]
	}
	wi.Clus = clus.of(w, lw)
	return wi
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

package corpus

import (
	"bytes"
	"fmt"
	"io"
	nurl "net/url"
	"strings"
	"unicode"

	readability "github.com/go-shiori/go-readability"
	"golang.org/x/net/html"
)

// readHTML reads one article from an HTML page: the main text as found by
// go-readability, with its title, byline, site name and publication time,
// and the page's canonical URL. Paragraphs become blank-line separated
// lines; image captions are left out.
func (r *reader) readHTML(name string, in io.Reader) error {
	b, err := r.readAll(name, in)
	if err != nil {
		return err
	}
	text, line, err := DecodeText(b)
	if err != nil {
		return &InputError{File: name, Line: line, Err: err}
	}
	rec, err := parseHTML(text)
	if err != nil {
		return &InputError{File: name, Err: err}
	}
	rec.SourceFile, rec.Format = name, "html"
	if strings.TrimSpace(rec.Text) == "" {
		return &InputError{File: name, Err: fmt.Errorf("html: no article text found")}
	}
	return r.put(rec, 0)
}

// parseHTML extracts a Record from an HTML page.
func parseHTML(page string) (rec Record, err error) {
	defer func() {
		// the readability port is large; a panic on odd markup must not
		// stop a run
		if p := recover(); p != nil {
			err = fmt.Errorf("html: extraction failed: %v", p)
		}
	}()
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		return rec, fmt.Errorf("html: %w", err)
	}
	pageURL := canonicalURL(doc)
	var u *nurl.URL
	if pageURL != "" {
		u, _ = nurl.Parse(pageURL)
	}
	p := readability.NewParser()
	p.MaxElemsToParse = 200000
	art, err := p.ParseDocument(doc, u)
	if err != nil {
		return rec, fmt.Errorf("html: %w", err)
	}
	rec.URL = pageURL
	rec.Title = art.Title
	rec.Outlet = art.SiteName
	if rec.Outlet == "" {
		rec.Outlet = pageCopyright(doc)
	}
	if t, site, ok := siteSuffix(rec.Title, rec.Outlet, pageURL); ok {
		rec.Title = t
		if rec.Outlet == "" {
			rec.Outlet = site
		}
	}
	if art.Byline != "" {
		if au, _, ok := byline(art.Byline); ok {
			rec.Author = au
		} else if len(art.Byline) <= 80 {
			rec.Author = art.Byline
		}
	}
	if art.PublishedTime != nil && !art.PublishedTime.IsZero() {
		rec.Published = art.PublishedTime.Format("2006-01-02T15:04:05Z07:00")
	}
	if art.Node != nil {
		var buf bytes.Buffer
		renderText(&buf, art.Node)
		rec.Text = buf.String()
	} else {
		rec.Text = art.TextContent
	}
	return rec, nil
}

// canonicalURL reads <link rel="canonical"> or <meta property="og:url">.
func canonicalURL(n *html.Node) string {
	var found string
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if found != "" {
			return
		}
		if n.Type == html.ElementNode {
			switch n.Data {
			case "link":
				if attr(n, "rel") == "canonical" {
					found = attr(n, "href")
				}
			case "meta":
				if attr(n, "property") == "og:url" {
					found = attr(n, "content")
				}
			case "body":
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return strings.TrimSpace(found)
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

// blockTags end a paragraph.
var blockTags = map[string]bool{
	"p": true, "div": true, "section": true, "article": true, "h1": true, "h2": true, "h3": true, "h4": true,
	"h5": true, "h6": true, "li": true, "ul": true, "ol": true, "blockquote": true, "pre": true, "table": true,
	"tr": true, "header": true, "footer": true, "aside": true, "dl": true, "dt": true, "dd": true, "main": true,
}

// renderText writes the text of n with paragraphs on lines of their own,
// separated by blank lines; scripts, styles and figures are left out.
func renderText(w *bytes.Buffer, n *html.Node) {
	switch n.Type {
	case html.TextNode:
		s := strings.Join(strings.Fields(n.Data), " ")
		if s == "" {
			if w.Len() > 0 && strings.TrimSpace(n.Data) == "" && len(n.Data) > 0 {
				if last := w.Bytes()[w.Len()-1]; last != ' ' && last != '\n' {
					w.WriteByte(' ')
				}
			}
			return
		}
		if w.Len() > 0 {
			last := w.Bytes()[w.Len()-1]
			if last != ' ' && last != '\n' && (n.Data[0] == ' ' || n.Data[0] == '\n' || n.Data[0] == '\t') {
				w.WriteByte(' ')
			}
		}
		w.WriteString(s)
		if d := n.Data[len(n.Data)-1]; d == ' ' || d == '\n' || d == '\t' {
			w.WriteByte(' ')
		}
		return
	case html.ElementNode:
		switch n.Data {
		case "script", "style", "noscript", "figure", "figcaption", "template", "svg", "iframe", "button", "form", "nav":
			return
		case "br":
			trimTrailingSpace(w)
			w.WriteByte('\n')
			return
		}
	}
	block := n.Type == html.ElementNode && blockTags[n.Data]
	if block {
		paragraphBreak(w)
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		renderText(w, c)
	}
	if block {
		paragraphBreak(w)
	}
}

func trimTrailingSpace(w *bytes.Buffer) {
	b := w.Bytes()
	n := len(b)
	for n > 0 && b[n-1] == ' ' {
		n--
	}
	w.Truncate(n)
}

func paragraphBreak(w *bytes.Buffer) {
	trimTrailingSpace(w)
	b := w.Bytes()
	switch {
	case len(b) == 0:
	case bytes.HasSuffix(b, []byte("\n\n")):
	case b[len(b)-1] == '\n':
		w.WriteByte('\n')
	default:
		w.WriteString("\n\n")
	}
}

// pageCopyright reads the holder of the page's copyright line ("<footer>©
// Lokalblatt 2024</footer>"), which readability leaves out of the article.
func pageCopyright(n *html.Node) string {
	if n.Type == html.TextNode {
		t := strings.TrimSpace(n.Data)
		if len(t) <= 200 && (strings.HasPrefix(t, "©") || strings.HasPrefix(t, "Copyright") || strings.HasPrefix(t, "(c) ")) {
			return copyrightOutlet(NormalizeText(t))
		}
		return ""
	}
	if n.Type == html.ElementNode && (n.Data == "script" || n.Data == "style") {
		return ""
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if o := pageCopyright(c); o != "" {
			return o
		}
	}
	return ""
}

// siteSuffix splits the site's name off a page title ("Stadt erhöht
// Gebühren | Lokalblatt"): the part after the last " | ", " – ", " - " or
// " — " when it names the outlet, or the site of the page's address
// (lokalblatt.de). It returns the title and the site's name.
func siteSuffix(title, outlet, pageURL string) (string, string, bool) {
	host := ""
	if pageURL != "" {
		host = hostOf(pageURL)
		if i := strings.IndexByte(host, '.'); i > 0 {
			host = host[:i]
		}
	}
	domainOutlet, _ := OutletForDomain(pageURL)
	for _, sep := range []string{" | ", " – ", " - ", " — "} {
		i := strings.LastIndex(title, sep)
		if i <= 0 {
			continue
		}
		site := strings.TrimSpace(title[i+len(sep):])
		if site == "" || len(site) > 50 || len(strings.Fields(site)) > 5 {
			continue
		}
		compact := strings.Map(func(r rune) rune {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				return unicode.ToLower(r)
			}
			return -1
		}, site)
		if outlet != "" && strings.EqualFold(site, outlet) || domainOutlet != "" && strings.EqualFold(site, domainOutlet) ||
			host != "" && compact == strings.ReplaceAll(host, "-", "") {
			return strings.TrimSpace(title[:i]), site, true
		}
	}
	return title, "", false
}

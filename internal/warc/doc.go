// Package warc reads the HTML pages a WARC file holds (ISO 28500: the
// format of web archives and crawls such as Common Crawl's CC-NEWS), one
// response at a time, with github.com/nlnwa/gowarc. A record's block is held
// in memory up to 1 MiB and on disk beyond, and only one record is held at a
// time, so a file of any size is read in flat memory.
package warc

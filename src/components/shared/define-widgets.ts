// Ships to the browser: defines every widget element of the guide in one script.
//
// Why one script and not one per widget: each widget's script shared half a dozen small modules
// with the others, which the build split into as many files. On HTTP/1.1 a browser opens six
// connections per host, so a step page with three widgets fetched its JavaScript in three or
// four waves. One script, cached across the step pages, is a single request; the heavy parts
// (MSW, the schema, the phone metadata, the snippet generators' extras) stay in lazy chunks.
import '../key-headers/key-headers-element';
import '../request-builder/request-builder-element';
import '../send-test/send-test-element';
import '../snippets/snippets-element';
import '../paste-check/paste-check-element';

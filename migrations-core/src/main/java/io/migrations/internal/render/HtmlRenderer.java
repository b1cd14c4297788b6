package io.migrations.internal.render;

/**
 * A self-contained HTML page around the graph viewer: the stylesheet, the viewer script and the graph document are
 * all inline, and a Content-Security-Policy forbids every network request, so the file works offline.
 */
final class HtmlRenderer {

    private HtmlRenderer() {
    }

    static String render(Drawing drawing) {
        String title = SvgRenderer.title(drawing.view());
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                + "style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + Xml.escape(title) + "</title>\n"
                + "<style>\n" + Assets.STYLESHEET.text() + "</style>\n</head>\n"
                + "<body class=\"mg-page\">\n<h1 class=\"mg-heading\">" + Xml.escape(title) + "</h1>\n"
                + "<div id=\"mg-graph\" class=\"mg-host\"></div>\n"
                + "<script type=\"application/json\" id=\"mg-data\">" + GraphJson.write(drawing) + "</script>\n"
                + "<script>\n" + Assets.VIEWER.text() + "</script>\n"
                + "<script>MigrationsGraph.mount(document.getElementById('mg-graph'), "
                + "JSON.parse(document.getElementById('mg-data').textContent));</script>\n"
                + "</body>\n</html>\n";
    }
}

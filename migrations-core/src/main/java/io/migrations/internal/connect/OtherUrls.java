package io.migrations.internal.connect;

/** JDBC URLs of drivers other than PostgreSQL's, which pass through unchanged but are masked when shown. */
final class OtherUrls {

    private OtherUrls() {
    }

    /**
     * The URL with the password of its {@code //user:password@} part and the values of its password parameters
     * ({@code ;password=…}, {@code ?password=…}, {@code &password=…}) replaced by {@code ***}.
     */
    static String mask(String url) {
        String text = url;
        int slashes = text.indexOf("//");
        int at = text.lastIndexOf('@');
        if (slashes >= 0 && at > slashes) {
            String userInfo = text.substring(slashes + 2, at);
            int colon = userInfo.indexOf(':');
            if (colon >= 0) {
                text = text.substring(0, slashes + 2) + userInfo.substring(0, colon) + ":***" + text.substring(at);
            }
        }
        StringBuilder out = new StringBuilder(text.length());
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || ";?&".indexOf(text.charAt(i)) >= 0) {
                out.append(maskParam(text.substring(start, i)));
                if (i < text.length()) {
                    out.append(text.charAt(i));
                }
                start = i + 1;
            }
        }
        return out.toString();
    }

    private static String maskParam(String segment) {
        int equals = segment.indexOf('=');
        if (equals < 0) {
            return segment;
        }
        ConnectionString.Param param = new ConnectionString.Param(segment.substring(0, equals), segment.substring(equals + 1));
        return param.isSecret() ? param.key() + "=***" : segment;
    }

    /** The URL masked, for messages: other drivers' URLs have no common host and database syntax. */
    static String describe(String url) {
        return mask(url);
    }
}

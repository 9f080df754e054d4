package cn.xingfu.kernel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class RequestSizeLimitFilterTests {

    private final RequestSizeLimitFilter filter =
            new RequestSizeLimitFilter(new RequestSizeLimitFilter.RequestLimits(1000L, 5000L));

    @Test
    void letsABodyAtTheLimitThrough() throws Exception {
        MockFilterChain chain = new MockFilterChain();

        MockHttpServletResponse response = run(json(1000), chain);

        assertThat(chain.getRequest()).isNotNull();
        assertThat(response.getStatus()).isEqualTo(200);
    }

    @Test
    void refusesAByteMoreUnreadAsProblemJson() throws Exception {
        MockFilterChain chain = new MockFilterChain();

        MockHttpServletResponse response = run(json(1001), chain);

        assertThat(chain.getRequest()).isNull();
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        JsonNode body = JsonMapper.builder().build().readTree(response.getContentAsString());
        assertThat(body.get("code").asString()).isEqualTo("BODY_TOO_LARGE");
        assertThat(body.get("status").asInt()).isEqualTo(413);
        assertThat(body.get("type").asString()).isEqualTo("urn:xingfu:problem:body-too-large");
        assertThat(body.get("messageZh").asString()).isEqualTo("提交的内容太大");
        assertThat(body.get("messageEn").asString()).contains("1000 bytes");
    }

    @Test
    void answersInChineseUnlessEnglishIsAskedFor() throws Exception {
        MockHttpServletRequest noLanguage = new MockHttpServletRequest("POST", "/api/orders");
        noLanguage.setContent(new byte[1001]);
        MockHttpServletRequest english = new MockHttpServletRequest("POST", "/api/orders");
        english.setContent(new byte[1001]);
        english.addHeader("Accept-Language", "en-US");

        assertThat(detail(run(noLanguage, new MockFilterChain()))).isEqualTo("提交的内容太大");
        assertThat(detail(run(english, new MockFilterChain()))).contains("too large");
    }

    @Test
    void givesPicturesTheirOwnLargerLimit() throws Exception {
        MockHttpServletRequest picture = new MockHttpServletRequest("PUT", "/api/dishes/1/picture");
        picture.setContentType("image/jpeg");
        picture.setContent(new byte[5000]);
        MockHttpServletRequest tooBig = new MockHttpServletRequest("PUT", "/api/dishes/1/picture");
        tooBig.setContentType("image/jpeg");
        tooBig.setContent(new byte[5001]);

        assertThat(run(picture, new MockFilterChain()).getStatus()).isEqualTo(200);
        assertThat(run(tooBig, new MockFilterChain()).getStatus()).isEqualTo(413);
    }

    @Test
    void refusesABodyOfUnknownLength() throws Exception {
        MockHttpServletRequest chunked = new MockHttpServletRequest("POST", "/api/orders");
        chunked.addHeader("Transfer-Encoding", "chunked");
        MockFilterChain chain = new MockFilterChain();

        assertThat(run(chunked, chain).getStatus()).isEqualTo(413);
        assertThat(chain.getRequest()).isNull();
    }

    @Test
    void defaultsTo64KilobytesAnd10MegabytesForPictures() {
        RequestSizeLimitFilter.RequestLimits defaults = new RequestSizeLimitFilter.RequestLimits(null, null);

        assertThat(defaults.maxBodyBytes()).isEqualTo(65536);
        assertThat(defaults.maxImageBytes()).isEqualTo(10L * 1024 * 1024);
    }

    private static String detail(MockHttpServletResponse response) throws Exception {
        return JsonMapper.builder()
                .build()
                .readTree(response.getContentAsString())
                .get("detail")
                .asString();
    }

    private static MockHttpServletRequest json(int bytes) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/orders");
        request.setContentType("application/json");
        request.setContent(new byte[bytes]);
        request.addPreferredLocale(Locale.CHINA);
        return request;
    }

    private MockHttpServletResponse run(MockHttpServletRequest request, MockFilterChain chain) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, chain);
        return response;
    }
}

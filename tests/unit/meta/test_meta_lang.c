/* test_meta_lang.c - the script classifier and the language decision from
 * cheap evidence (script, function words) against the markup's claim. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "meta/meta_lang.h"

static slice S(const char *s) { return slice_make(s, strlen(s)); }

static const char english[] =
    "The council said on Monday that the new bridge over the river would be opened to traffic "
    "in the spring, after two years of work that had been delayed by floods and by a shortage "
    "of steel. The mayor told reporters that the city was grateful to all of the people who "
    "had waited for so long, and that the old ferry would keep running until the end of the "
    "year for those who still want to use it.";
static const char german[] =
    "Der Stadtrat hat am Montag beschlossen, dass die neue Brücke über den Fluss im Frühjahr "
    "für den Verkehr geöffnet wird. Die Arbeiten hatten sich wegen des Hochwassers und eines "
    "Mangels an Stahl um ein Jahr verzögert. Der Bürgermeister sagte, er sei allen dankbar, die "
    "so lange gewartet hätten, und die alte Fähre werde noch bis zum Ende des Jahres fahren.";
static const char russian[] =
    "Городской совет в понедельник решил, что новый мост через реку будет открыт для движения "
    "весной. Работы задержались на год из-за наводнения и нехватки стали. Мэр сказал, что он "
    "благодарен всем, кто так долго ждал, и что старый паром будет ходить до конца года.";
static const char korean[] =
    "시의회는 월요일에 강을 가로지르는 새 다리가 봄에 개통될 것이라고 밝혔다. 공사는 홍수와 "
    "철강 부족으로 일 년 늦어졌다. 시장은 오래 기다려 준 모든 사람에게 감사한다고 말했다. "
    "옛 나룻배는 연말까지 계속 운행된다.";
static const char japanese[] =
    "市議会は月曜日、川に架かる新しい橋を春に開通させると発表した。工事は洪水と鋼材不足のため"
    "一年遅れていた。市長は、長い間待ってくれたすべての人に感謝していると述べた。古い渡し船は"
    "年末まで運航を続ける。";
static const char chinese[] =
    "市议会星期一表示，横跨河流的新桥将于春季通车。由于洪水和钢材短缺，工程推迟了一年。市长说，"
    "他感谢所有长期等待的人，旧渡船将继续运营到年底。新桥全长八百米，设有两条自行车道和宽阔的人行道，"
    "预计每天将有三万辆汽车通过。";
static const char vietnamese[] =
    "Hội đồng thành phố cho biết vào thứ Hai rằng cây cầu mới bắc qua sông sẽ được thông xe vào "
    "mùa xuân. Công trình đã bị chậm một năm vì lũ lụt và thiếu thép. Thị trưởng nói rằng ông "
    "biết ơn tất cả những người đã chờ đợi lâu như vậy.";
static const char lorem[] =
    "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt "
    "ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation "
    "ullamco laboris nisi ut aliquip ex ea commodo consequat.";

static meta_lang_verdict decide(const char *text, const char *claim, const char **found)
{
    meta_lang_census c;
    meta_lang_census_take(&c, S(text), 2000);
    return meta_lang_decide(&c, S(claim), found);
}

static void expect(const char *text, const char *claim, meta_lang_verdict want, const char *want_found)
{
    const char *found;
    meta_lang_verdict v = decide(text, claim, &found);
    if (v != want)
        fail_msg("claim '%s': verdict %d, expected %d", claim, v, want);
    if (want == META_LANG_FOUND && (!found || strcmp(found, want_found) != 0))
        fail_msg("claim '%s': found '%s', expected '%s'", claim, found ? found : "(null)", want_found);
}

static void scripts_of_code_points(void **state)
{
    (void)state;
    assert_int_equal(meta_script_of('a'), META_SCRIPT_LATIN);
    assert_int_equal(meta_script_of(0xE9), META_SCRIPT_LATIN);   /* é */
    assert_int_equal(meta_script_of(0x1EA1), META_SCRIPT_LATIN); /* ạ */
    assert_int_equal(meta_script_of(0x416), META_SCRIPT_CYRILLIC);
    assert_int_equal(meta_script_of(0x3B1), META_SCRIPT_GREEK);
    assert_int_equal(meta_script_of(0x5E9), META_SCRIPT_HEBREW);
    assert_int_equal(meta_script_of(0x639), META_SCRIPT_ARABIC);
    assert_int_equal(meta_script_of(0x915), META_SCRIPT_DEVANAGARI);
    assert_int_equal(meta_script_of(0xE01), META_SCRIPT_THAI);
    assert_int_equal(meta_script_of(0xAC00), META_SCRIPT_HANGUL);
    assert_int_equal(meta_script_of(0x3042), META_SCRIPT_KANA);
    assert_int_equal(meta_script_of(0x4E2D), META_SCRIPT_HAN);
    assert_int_equal(meta_script_of('1'), META_SCRIPT_NONE);
    assert_int_equal(meta_script_of(0xD7), META_SCRIPT_NONE);   /* × */
    assert_int_equal(meta_script_of(0x2014), META_SCRIPT_NONE); /* — */
}

static void languages_of_scripts(void **state)
{
    (void)state;
    assert_true(meta_script_writes(META_SCRIPT_CYRILLIC, S("ru-RU")));
    assert_false(meta_script_writes(META_SCRIPT_LATIN, S("ru")));
    assert_true(meta_script_writes(META_SCRIPT_LATIN, S("sr")));
    assert_true(meta_script_writes(META_SCRIPT_CYRILLIC, S("sr-Cyrl")));
    assert_true(meta_script_writes(META_SCRIPT_LATIN, S("ca")));
    assert_true(meta_script_writes(META_SCRIPT_HAN, S("zh-Hant-TW")));
    assert_true(meta_script_writes(META_SCRIPT_KANA, S("ja")));
    assert_false(meta_script_writes(META_SCRIPT_HANGUL, S("ja")));
    assert_false(meta_script_writes(META_SCRIPT_LATIN, S("")));
    assert_false(meta_script_writes(META_SCRIPT_LATIN, S("english")));
    assert_string_equal(meta_script_language(META_SCRIPT_HANGUL), "ko");
    assert_null(meta_script_language(META_SCRIPT_CYRILLIC));
    assert_null(meta_script_language(META_SCRIPT_LATIN));
}

static void census_counts_words(void **state)
{
    (void)state;
    meta_lang_census c;
    meta_lang_census_take(&c, S(german), 2000);
    assert_int_equal(c.script, META_SCRIPT_LATIN);
    int de = stopword_lang_from_tag(S("de"));
    int en = stopword_lang_from_tag(S("en"));
    assert_true(c.words > 50);
    assert_true(c.stops[de] > 3 * c.stops[en]);
    /* A sample limit cutting a character in half is no error. */
    meta_lang_census_take(&c, S(russian), 11);
    assert_int_equal(c.script, META_SCRIPT_CYRILLIC);
    assert_int_equal(c.letters[META_SCRIPT_CYRILLIC], 5);
}

static void claims_checked_against_text(void **state)
{
    (void)state;
    expect(english, "en-US", META_LANG_CONFIRMED, NULL);
    expect(german, "de-DE", META_LANG_CONFIRMED, NULL);
    /* A template's default claim the text plainly contradicts. */
    expect(english, "de", META_LANG_FOUND, "en");
    /* No claim: the function words name a listed language. */
    expect(german, "", META_LANG_FOUND, "de");
    /* A script of one language names it outright. */
    expect(korean, "en", META_LANG_FOUND, "ko");
    expect(korean, "ko-KR", META_LANG_CONFIRMED, NULL);
    expect(japanese, "zh", META_LANG_FOUND, "ja");
    expect(chinese, "zh-TW", META_LANG_CONFIRMED, NULL);
    expect(chinese, "", META_LANG_FOUND, "zh");
    /* Cyrillic serves many languages: Russian is listed and confirmed,
     * other claims go to the classifier. */
    expect(russian, "ru", META_LANG_CONFIRMED, NULL);
    expect(russian, "uk", META_LANG_UNSURE, NULL);
    expect(russian, "en", META_LANG_UNSURE, NULL);
    /* A Latin-script language without a list stands while no listed
     * language shows. */
    expect(vietnamese, "vi", META_LANG_CONFIRMED, NULL);
    /* Text in no listed language with a listed claim: the classifier. */
    expect(lorem, "en", META_LANG_UNSURE, NULL);
    expect(lorem, "", META_LANG_UNSURE, NULL);
    /* Too few letters decide nothing. */
    expect("2022-01-11 12:00 | 3:1 | 45%", "en", META_LANG_UNSURE, NULL);
}

static bool plainly(const char *text, const char *claim)
{
    meta_lang_census c;
    meta_lang_census_take(&c, S(text), 2000);
    return meta_lang_plainly_confirmed(&c, S(claim));
}

static void short_sample_confirms_plain_claims(void **state)
{
    (void)state;
    assert_true(plainly(english, "en-GB"));
    assert_true(plainly(german, "de"));
    assert_true(plainly(korean, "ko"));
    assert_true(plainly(russian, "ru"));
    assert_false(plainly(english, "de"));
    assert_false(plainly(english, ""));
    assert_false(plainly(russian, "uk"));
    assert_false(plainly(vietnamese, "vi"));
    assert_false(plainly(lorem, "en"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(scripts_of_code_points),
        cmocka_unit_test(languages_of_scripts),
        cmocka_unit_test(census_counts_words),
        cmocka_unit_test(claims_checked_against_text),
        cmocka_unit_test(short_sample_confirms_plain_claims),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}

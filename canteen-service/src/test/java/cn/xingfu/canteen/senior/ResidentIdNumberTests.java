package cn.xingfu.canteen.senior;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.xingfu.kernel.DomainException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ResidentIdNumberTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    @Test
    void acceptsAValidNumberAndReadsBirthDateAndGender() {
        // the textbook example from GB 11643: check character X
        ResidentIdNumber id = ResidentIdNumber.parse("11010519491231002X", TODAY);
        assertThat(id.dateOfBirth()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(id.male()).isFalse();
        assertThat(id.gender()).isEqualTo("FEMALE");
    }

    @Test
    void acceptsLowerCaseXAndSurroundingSpaces() {
        assertThat(ResidentIdNumber.parse(" 11010519491231002x ", TODAY).value())
                .isEqualTo("11010519491231002X");
    }

    @Test
    void computesTheCheckCharacterWithMod11Weights() {
        assertThat(ResidentIdNumber.checkCharacter("11010519491231002")).isEqualTo('X');
        assertThat(ResidentIdNumber.checkCharacter("44052418800101001")).isEqualTo('4');
        String jiangjin = "50011619480315001";
        ResidentIdNumber id = ResidentIdNumber.parse(jiangjin + ResidentIdNumber.checkCharacter(jiangjin), TODAY);
        assertThat(id.male()).isTrue();
        assertThat(id.dateOfBirth()).isEqualTo(LocalDate.of(1948, 3, 15));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "110105194912310021", // digit where X is due
                "44052418800101001X", // X where 4 is due
                "440524188001010015", // wrong digit
                "11010519491231002", // 17 characters
                "11010519491231002X1", // 19 characters
                "1101051949123100AX", // letter inside
                "", // empty
                "010105194912310026" // area code starting with 0, check character right
            })
    void rejectsMalformedNumbers(String raw) {
        assertThatThrownBy(() -> ResidentIdNumber.parse(raw, TODAY))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).code())
                .isEqualTo("ID_NUMBER_INVALID");
    }

    @Test
    void rejectsImpossibleAndFutureBirthDates() {
        for (String first17 :
                new String[] {"50011619490230001", "50011619491301001", "50011618890101001", "50011620301201001"}) {
            String number = first17 + ResidentIdNumber.checkCharacter(first17);
            assertThatThrownBy(() -> ResidentIdNumber.parse(number, TODAY))
                    .as(number)
                    .isInstanceOf(DomainException.class)
                    .hasMessageContaining("ID_NUMBER_INVALID")
                    .hasMessageContaining("date of birth");
        }
    }

    @Test
    void neverPrintsTheFullNumber() {
        assertThat(ResidentIdNumber.parse("11010519491231002X", TODAY).toString())
                .doesNotContain("19491231")
                .contains("110105********002X");
    }
}

package app.dualtrack.analysis;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FindingLocationTest {
    @Test
    void flatAccessorsDeriveFromTheTypedLocation() {
        Finding f = new Finding("language/management-behaviour", Severity.WARNING,
                FindingLocation.level("staff", FindingField.PRIMARY).at(2).spanning(new TextSpan(0, 6, "Drives")), "m", "s");
        assertThat(f.level()).isEqualTo("staff");
        assertThat(f.field()).isEqualTo("primary");
        assertThat(f.index()).isEqualTo(2);
        assertThat(f.start()).isZero();
        assertThat(f.end()).isEqualTo(6);
        assertThat(f.text()).isEqualTo("Drives");
        assertThat(f.hasSpan()).isTrue();
        assertThat(f.isLadderWide()).isFalse();
    }

    @Test
    void aLadderWideFindingHasNoLevelIndexOrSpan() {
        Finding f = new Finding("currency/drift", Severity.ERROR, FindingLocation.ladder(FindingField.REVIEWED), "m", null);
        assertThat(f.level()).isNull();
        assertThat(f.field()).isEqualTo("reviewed");
        assertThat(f.index()).isEqualTo(-1);
        assertThat(f.start()).isEqualTo(-1);
        assertThat(f.end()).isEqualTo(-1);
        assertThat(f.hasSpan()).isFalse();
        assertThat(f.isLadderWide()).isTrue();
        assertThat(f.suggestion()).isEmpty();
    }

    @Test
    void everyFieldKeyReadsBackAndHasWords() {
        for (FindingField field : FindingField.values()) {
            assertThat(FindingField.fromKey(field.key())).contains(field);
            assertThat(field.words()).isNotBlank().doesNotContain("`");
        }
        assertThat(FindingField.fromKey("nonsense")).isEmpty();
    }

    @Test
    void impossibleLocationsAreRefused() {
        assertThatThrownBy(() -> new TextSpan(5, 5, "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FindingLocation.level("staff", FindingField.PRIMARY).at(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FindingLocation.level("staff", FindingField.PRIMARY).spanning(new TextSpan(0, 1, "x")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

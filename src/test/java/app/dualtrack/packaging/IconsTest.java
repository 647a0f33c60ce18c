package app.dualtrack.packaging;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.InputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The window and the installers use icons generated from icons/dualtrack.svg (icons/generate.sh). */
class IconsTest {
    @ParameterizedTest
    @ValueSource(ints = {16, 32, 48, 64, 128, 256, 512})
    void everyIconSizeIsShippedAtItsSize(int size) throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/app/dualtrack/icons/dualtrack-" + size + ".png")) {
            assertThat(in).as("dualtrack-%d.png", size).isNotNull();
            BufferedImage img = ImageIO.read(in);
            assertThat(img.getWidth()).isEqualTo(size);
            assertThat(img.getHeight()).isEqualTo(size);
            assertThat(img.getColorModel().hasAlpha()).as("rounded corners need transparency").isTrue();
        }
    }
}

package cn.xingfu.canteen.menu;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Limits for dish pictures: the largest upload accepted (a phone photo is 2–6 MB; it is stored much smaller). */
@ConfigurationProperties("xingfu.menu.pictures")
record PictureSettings(Long maxUploadBytes) {

    PictureSettings {
        if (maxUploadBytes == null) {
            maxUploadBytes = 8L * 1024 * 1024;
        }
    }
}

package cn.xingfu.canteen.menu;

/** The bytes of one rendition of a dish picture, with the version that names them (for ETags). */
public record StoredPicture(byte[] content, String contentType, String version) {}

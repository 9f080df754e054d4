/** Printing helpers every module may use (PDF fonts that draw Chinese). */
@NullMarked
package cn.xingfu.canteen.shared.print;

import org.jspecify.annotations.NullMarked;

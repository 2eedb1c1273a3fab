package io.jiandang.demo;

/** Causes of poverty (致贫原因) as the registration service names them, with their share in the 2015 register. */
public enum PovertyCause {
    /** 缺资金 */
    LACK_OF_FUNDS(31.6),
    /** 因病 */
    ILLNESS(18.8),
    /** 因学 */
    SCHOOLING(15.6),
    /** 缺劳力 */
    LACK_OF_LABOUR(9.2),
    /** 因残 */
    DISABILITY(7.4),
    /** 缺技术 */
    LACK_OF_SKILLS(6.7),
    /** 因灾; the report gives no share: the demo splits the remaining 10.7% with OTHER */
    DISASTER(3.7),
    /** 其他 */
    OTHER(7.0);

    private final double sharePercent;

    PovertyCause(double sharePercent) {
        this.sharePercent = sharePercent;
    }

    /** Share of households with this as the main cause, in percent (report: 4.52 million people, 2015). */
    public double sharePercent() {
        return sharePercent;
    }
}

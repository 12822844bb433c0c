# Hand-made hyphenation points for the justified teleprinter wrappers (AP, UPI).
WORDS = """
ac-com-pa-nied ac-cord-ing ac-coun-tants ad-di-tion-al ad-min-is-tra-tion ad-ver-tis-ers ad-ver-tis-ing
agree-ment agri-cul-tur-al agri-cul-ture al-ter-na-tive an-nounced an-tic-i-pa-tion apart-ment apart-ments
ap-par-ent-ly ap-pear-ance ap-prais-ers ar-gu-ments as-sis-tance as-so-ci-a-tion as-tro-nauts au-thor-i-ties
au-thor-i-ty au-tho-rized bank-rupt-cies be-gin-ning bill-boards bor-row-ers build-ings busi-ness-es
chal-lenged col-lapsed col-lect-ed com-mand-er com-mer-cial com-mit-tee com-mu-nist com-mu-ni-ty
com-plet-ed com-plet-ing com-pli-ance con-di-tion con-fer-ence con-fi-dence con-gre-ga-tion con-ser-va-tion
con-sol-i-dat-ed con-spir-a-cy con-struc-tion con-tin-ued con-trolled con-vict-ed co-op-er-a-tive
coun-try-side crit-i-cized cur-ren-cies de-ci-sions de-mo-c-rat-ic dem-on-stra-tors de-part-ment
des-ig-nate des-ig-nat-ed dev-as-tat-ing de-vel-op-ers dip-lo-mats dis-ap-point-ing dis-crim-i-na-tion
dis-cus-sions dis-si-dent dis-tinc-tion dis-tricts doc-u-ments dom-i-nat-ed earth-quake econ-o-mist
ef-fec-tive el-e-men-ta-ry emer-gen-cy em-ploy-ees en-gi-neers en-roll-ment en-vi-ron-ment equip-ment
es-ti-mat-ed es-ti-mates even-tu-al-ly ex-haust-ing ex-pen-sive ex-plo-sion fire-fight-ers flat-ten-ing
fore-cast-ers fore-casts fore-closed fore-clo-sures func-tion-ing gen-er-a-tor gov-ern-ment gov-er-nors
grad-u-al-ly grand-chil-dren guer-ril-las hur-ri-cane iden-ti-cal im-me-di-ate in-clud-ing in-creas-es
in-ha-la-tion in-sol-vent in-stalled in-sti-tu-tion in-sti-tu-tions in-sur-ance in-sur-gen-cy in-ter-ests
in-ter-state in-ves-ti-ga-tion ir-ri-ga-tion leg-is-la-ture live-stock mea-sur-ing mon-i-tored mo-tor-ists
na-tion-wide ne-go-ti-at-ed ne-go-ti-a-tor ne-go-ti-a-tors neigh-bor-hood neigh-bor-hoods neigh-bor-ing
of-fi-cials op-er-at-ing op-er-a-tors op-po-nents or-ga-niz-ers part-ner-ships pas-sen-ger pas-sen-gers
pos-si-bil-i-ty prac-tic-ing pres-i-dent pris-on-ers pro-duc-tion pro-fes-sion-al prom-e-nade prom-i-nent
prop-a-gan-da pro-pos-als pros-e-cu-tors pro-spec-tive prov-inces pro-vi-sions qual-i-fy-ing ques-tioned
re-de-signed reg-u-lat-ed reg-u-la-tors re-hears-al re-ject-ing rel-a-tives re-leas-ing re-li-gious
re-port-ers re-port-ing rep-re-sen-ta-tives res-i-den-tial res-i-dents res-o-lu-tion res-tau-rant
re-stric-tions re-tire-ment re-volv-ing road-sides se-lec-tion set-tle-ment skep-ti-cal spokes-man
spokes-wom-an sprawl-ing sprin-klers sta-bi-lize state-ments strong-man sub-com-mit-tee sun-flow-ers
su-per-in-ten-dent su-per-mar-kets su-per-vi-sion sup-port-ed sup-port-ers tech-nol-o-gy tem-per-a-tures
tes-ti-fied thou-sands thun-der-storms tight-en-ing tor-na-does trans-mis-sion trans-por-ta-tion
treat-ment tre-men-dous un-em-ploy-ment util-i-ties wa-ter-front wide-spread with-draw-al
""".split()

TABLE = {w.replace("-", ""): w for w in WORDS}


def mark(token):
    """Insert '~' hyphenation points into a token whose alphabetic core is in TABLE (case kept)."""
    if "~" in token:
        return token
    i = 0
    while i < len(token) and not token[i].isalpha():
        i += 1
    j = i
    while j < len(token) and token[j].isalpha():
        j += 1
    core = token[i:j]
    pat = TABLE.get(core.lower())
    if not pat or j < len(token) and token[j] == "-":
        return token
    out, k = [], 0
    for ch in pat:
        if ch == "-":
            out.append("~")
        else:
            out.append(core[k])
            k += 1
    return token[:i] + "".join(out) + token[j:]

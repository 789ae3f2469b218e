"""Per-message context and helpers that render patient details while recording
what was put in (types, identifiers, NAM bundles, strings the verifier must find)."""
import datetime

from gen_common import (DOM, SITES, AGENCY, fmt_date, fmt_id, fmt_mrn, gen_mrn, gen_nir, gen_niss,
                        gen_ohn, gen_sin, phone, staff_email, staff_name, STREETS_FR, STREETS_EN,
                        TOWNS_FR, TOWNS_EN)
from gen_mime import Msg


class Ctx:
    def __init__(self, rng, reg, lang, when, idx):
        self.rng, self.reg, self.lang, self.when, self.idx = rng, reg, lang, when, idx

    def t(self, fr, en):
        return fr if self.lang == "fr" else en

    def c(self, seq):
        return self.rng.choice(seq)

    def ct(self, fr_seq, en_seq):
        return self.rng.choice(fr_seq if self.lang == "fr" else en_seq)

    def chance(self, p):
        return self.rng.random() < p

    def day(self, delta):
        """A working day `delta` days from the message date (weekends pushed to Monday)."""
        d = self.when + datetime.timedelta(days=delta)
        while d.weekday() >= 5:
            d += datetime.timedelta(days=1)
        return d

    def date(self, d, style=None):
        style = style or self.c(["iso", "slash", "long", "short"])
        return fmt_date(d, self.lang, style)

    def staff(self, k=1, exclude=(), role=None):
        return self.reg.staff(k, exclude, role)

    def msg(self, cat, confidential, note, sender=None, to=(), cc=()):
        m = Msg(cat, self.lang, confidential, note)
        if sender is not None:
            m.sender = as_addr(sender, self.lang, self.rng)
        m.to = [as_addr(x, self.lang, self.rng) for x in to]
        m.cc = [as_addr(x, self.lang, self.rng) for x in cc]
        return m


def as_addr(x, lang, rng):
    if isinstance(x, tuple) and len(x) == 2:
        return x
    # staff tuple
    style = rng.random()
    if style < 0.55:
        name = staff_name(x, lang, titled=False)
    elif style < 0.8:
        name = "%s, %s" % (x[1], x[0])
    else:
        name = ""
    return (name, staff_email(x))


def shared(local, lang=None):
    return ("", "%s@%s" % (local, DOM))


# ---------------------------------------------------------------- recording renderers
NAM_SAFE = {"initial": "sur_first_mixed", "title_sur": "title", "lower_title": "lower", "given": "full"}


def name_of(m, p, style, lang):
    if p.nam:
        style = NAM_SAFE.get(style, style)   # a NAM is always shown with the holder's full name
    s = p.name(style, lang)
    m.add("patient_name")
    if style != "given":
        m.must.append(s)
    if p not in m.persons:
        m.persons.append(p)
    return s


def dob_of(m, p, ctx, style=None, lang=None):
    style = style or ctx.c(["iso", "slash", "long", "dash"])
    s = fmt_date(p.dob, lang or ctx.lang, style)
    m.add("date_of_birth")
    m.must.append(s)
    return s


def sex_str(p, ctx):
    if ctx.lang == "fr":
        return ctx.c(["Sexe : %s", "sexe %s", "Sexe: %s", "S : %s"]) % p.sex
    return ctx.c(["Sex: %s", "sex %s", "Sex %s", "Gender (as registered): %s"]) % p.sex


def nam_bundle(m, p, ctx, style=None, dstyle=None):
    """NAM always together with holder's name, birth date and sex (as listed)."""
    assert p.nam
    style = style or ctx.c(["plain", "plain", "spaced", "spaced", "dotted", "hyphen", "fullwidth", "lower", "slashed"])
    nam = fmt_id("ramq_nam", p.nam, style)
    dob = dob_of(m, p, ctx, dstyle)
    sx = sex_str(p, ctx)
    m.add("ramq_nam")
    m.ids.append(("ramq_nam", p.nam))
    m.nams.append((p, dob, sx))
    m.must.append(sx)
    return nam, dob, sx


def mrn_of(m, ctx, style=None, site=None):
    site, num = gen_mrn(ctx.rng, site)
    style = style or ctx.c(["plain", "plain", "spaced", "dotted", "slashed", "bare", "fullwidth"])
    m.add("mrn")
    m.ids.append(("mrn", num))
    return fmt_mrn(site, num, style)


def sin_of(m, ctx, style=None):
    v = gen_sin(ctx.rng)
    m.add("ca_sin")
    m.ids.append(("ca_sin", v))
    return fmt_id("ca_sin", v, style or ctx.c(["plain", "plain", "hyphen", "dotted", "compact", "fullwidth", "wide"]))


def ohn_of(m, ctx, style=None):
    v, vc = gen_ohn(ctx.rng)
    m.add("ca_health_number")
    m.ids.append(("ca_health_number", v))
    style = style or ctx.c(["plain", "plain", "spaced", "compact", "dotted", "fullwidth"])
    return fmt_id("ca_health_number", v, style, extra=vc if ctx.chance(0.7) else None)


def niss_of(m, p, ctx, style=None):
    v = gen_niss(ctx.rng, p.dob, p.sex)
    m.add("be_niss")
    m.ids.append(("be_niss", v))
    return fmt_id("be_niss", v, style or ctx.c(["plain", "plain", "spaced", "compact", "hyphen"]))


def nir_of(m, p, ctx, style=None):
    v = gen_nir(ctx.rng, p.dob, p.sex)
    m.add("fr_nir")
    m.ids.append(("fr_nir", v))
    return fmt_id("fr_nir", v, style or ctx.c(["plain", "plain", "compact", "dotted", "fullwidth"]))


def address_of(m, p, ctx):
    rng = ctx.rng
    m.add("patient_contact")
    if p.origin == "on" or (ctx.lang == "en" and rng.random() < 0.5):
        town, prov, pc = rng.choice(TOWNS_EN)
        s = "%d %s, %s, %s %s" % (rng.randrange(3, 990), rng.choice(STREETS_EN), town, prov, pc)
        parts = (s.split(",")[0], town, prov, pc)
    else:
        town, pc = rng.choice(TOWNS_FR)
        street = "%d, %s" % (rng.randrange(3, 3990), rng.choice(STREETS_FR))
        if rng.random() < 0.3:
            street += ", app. %d" % rng.randrange(1, 12)
        s = "%s, %s (Québec) %s" % (street, town, pc)
        parts = (street, town, "QC", pc)
    m.must.append(s)
    return s, parts


def phone_of(m, ctx, area=None):
    m.add("patient_contact")
    s = phone(ctx.rng, area)
    m.must.append(s)
    return s


def site(ctx):
    return ctx.c(SITES)


def agency_addr(local="referral"):
    return ("", "%s@%s" % (local, AGENCY[1]))


# ---------------------------------------------------------------- clinical vocabulary
INDICATIONS = {
    "rein": [("néphropathie diabétique", "diabetic nephropathy"),
             ("glomérulonéphrite à IgA", "IgA nephropathy"),
             ("polykystose rénale autosomique dominante", "autosomal dominant polycystic kidney disease"),
             ("néphroangiosclérose", "hypertensive nephrosclerosis"),
             ("hyalinose segmentaire et focale", "focal segmental glomerulosclerosis"),
             ("néphropathie lupique classe IV", "class IV lupus nephritis")],
    "foie": [("cirrhose éthylique Child-Pugh C", "alcohol-related cirrhosis, Child-Pugh C"),
             ("cirrhose sur stéatohépatite (MASH)", "MASH cirrhosis"),
             ("cholangite sclérosante primitive", "primary sclerosing cholangitis"),
             ("carcinome hépatocellulaire dans les critères de Milan", "hepatocellular carcinoma within Milan criteria"),
             ("hépatite fulminante sur acétaminophène", "acute liver failure (acetaminophen)")],
    "coeur": [("cardiomyopathie dilatée idiopathique", "idiopathic dilated cardiomyopathy"),
              ("cardiomyopathie ischémique, FEVG 15 %", "ischemic cardiomyopathy, LVEF 15%"),
              ("amyloïdose cardiaque à transthyrétine", "transthyretin cardiac amyloidosis")],
    "poumon": [("fibrose pulmonaire idiopathique", "idiopathic pulmonary fibrosis"),
               ("fibrose kystique", "cystic fibrosis"),
               ("MPOC sévère (emphysème)", "severe COPD (emphysema)")],
}
ORGANS = {"rein": ("greffe rénale", "kidney transplant"), "foie": ("greffe hépatique", "liver transplant"),
          "coeur": ("greffe cardiaque", "heart transplant"), "poumon": ("greffe pulmonaire", "lung transplant")}
COMPLICATIONS = [("rejet cellulaire aigu Banff 1A", "acute T-cell mediated rejection, Banff IA"),
                 ("néphropathie à virus BK", "BK virus nephropathy"),
                 ("virémie CMV", "CMV viremia"),
                 ("néphrotoxicité aux anticalcineurines", "calcineurin-inhibitor nephrotoxicity"),
                 ("diabète post-greffe", "post-transplant diabetes mellitus"),
                 ("retard de fonction du greffon", "delayed graft function"),
                 ("rejet humoral (DSA anti-DQ7)", "antibody-mediated rejection (anti-DQ7 DSA)"),
                 ("pyélonéphrite du greffon", "graft pyelonephritis")]
DONOR_CAUSES = [("hémorragie sous-arachnoïdienne (anévrisme rompu)", "subarachnoid haemorrhage (ruptured aneurysm)"),
                ("traumatisme craniocérébral grave", "severe traumatic brain injury"),
                ("encéphalopathie anoxique post-arrêt cardiaque", "anoxic brain injury after cardiac arrest"),
                ("AVC ischémique sylvien malin", "malignant MCA ischemic stroke"),
                ("hémorragie intraparenchymateuse massive", "massive intraparenchymal haemorrhage")]
TACRO = [("Advagraf", "tacrolimus LP"), ("Prograf", "tacrolimus"), ("Envarsus PA", "tacrolimus LP")]
ANTIPROLIF = [("CellCept", "mycophénolate mofétil", "mycophenolate mofetil"),
              ("Myfortic", "mycophénolate sodique", "mycophenolate sodium")]
BLOOD = ["O+", "O-", "A+", "A-", "B+", "AB+"]


def tacro_level(rng, target_hi=True):
    return round(rng.uniform(3.1, 19.8), 1)

"""Positive (confidential) templates, part C: transfers of care from Belgium / France (NISS, NIR)
and the next-day transplant clinic list (several NAM holders in one table)."""
import datetime

from gen_attach import docx_bytes, pdf_bytes, xlsx_bytes
from gen_common import BE_HOSP, FR_HOSP, fmt_date, fmt_id, staff_name
from gen_ctx import (ANTIPROLIF, TACRO, dob_of, mrn_of, name_of, nir_of, niss_of, sex_str, shared)
from gen_mime import Att
from gen_pos_a import organ_pick, sig_block


# ------------------------------------------------------------------ P25 transfer of care from Europe
def p_international(ctx):
    fr = ctx.lang == "fr"
    coord = ctx.staff(role="coord")
    md = ctx.staff(role="md")
    be = ctx.chance(0.4)
    p = ctx.reg.person(origin="be" if be else "fra", ref=ctx.when)
    hosp = BE_HOSP if be else FR_HOSP
    m = ctx.msg("transfer_of_care", True, ctx.t("transfert de suivi d'un greffé venant d'Europe", "transfer of care of a transplant recipient from Europe"),
                sender=coord, to=[md], cc=[shared("archives")])
    m.add("diagnosis", "medication", "lab_result")
    org, ind, orgname = organ_pick(ctx, ("rein", "rein", "foie"))
    idv = niss_of(m, p, ctx) if be else nir_of(m, p, ctx)
    idlabel = "NISS" if be else "NIR"
    dob = dob_of(m, p, ctx, "slash", lang="fr")
    nm = name_of(m, p, ctx.c(["upper", "sur_first_nocomma", "title"]), "fr")
    brand, gen = ctx.c(TACRO)
    ap = ctx.c(ANTIPROLIF)
    tx_date = fmt_date(datetime.date(ctx.when.year - ctx.rng.randrange(1, 9), ctx.rng.randrange(1, 13), ctx.rng.randrange(1, 28)), "fr", "slash")
    letter = ["%s" % hosp[0], "Service de transplantation", "",
              "Patient(e) : %s" % nm, "Né(e) le : %s" % dob, "%s : %s" % (idlabel, idv), "",
              "Cher confrère, chère consœur,",
              "Nous vous adressons ce(tte) patient(e), greffé(e) %s le %s pour %s, qui s'installe au Québec."
              % ("du rein" if org == "rein" else "du foie", tx_date,
                 ctx.c(["néphropathie à IgA", "polykystose rénale"] if org == "rein" else ["cirrhose biliaire primitive", "cirrhose post-hépatite C"])),
              "Traitement actuel : %s %s mg/j, %s %s mg x 2/j, prednisolone 5 mg/j." % (brand, ctx.c([2, 3, 4, 5]), ap[0], ctx.c([360, 500, 720])),
              "Derniers résultats (%s) : créatinine %d µmol/L, tacrolimémie %s µg/L, protéinurie 0,2 g/g." %
              (fmt_date(ctx.day(-20), "fr", "slash"), ctx.rng.randrange(95, 170), ("%.1f" % ctx.rng.uniform(4.5, 9.5)).replace(".", ",")),
              "Antécédent de rejet aigu traité en %d. Sérologie CMV receveur positive." % (ctx.when.year - ctx.rng.randrange(1, 5)),
              "", "Bien confraternellement,", "Dr %s, néphrologue" % ctx.c(["A. Verhoeven", "C. Lambotte", "P. Marchal", "S. Oudot"])]
    kind = ctx.c(["pdf", "docx", "inline"])
    if kind == "pdf":
        m.atts.append(Att(ctx.c(["Courrier_transfert.pdf", "lettre de liaison.pdf", "Lettre_%s.pdf" % p.surname]), "application/pdf",
                          pdf_bytes("Lettre de liaison", letter[3:], header=hosp[0])))
    elif kind == "docx":
        m.atts.append(Att(ctx.c(["lettre_liaison.docx", "Transfert_%s_%s.docx" % (p.surname.upper(), p.given)]),
                          "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                          docx_bytes("Lettre de liaison", letter, author="Secretariat")))
    new_mrn = mrn_of(m, ctx)
    m.subject = ctx.t("Transfert de suivi - greffé(e) %s (%s)" % ("rénal(e)" if org == "rein" else "hépatique", "Belgique" if be else "France"),
                      "Transfer of care - %s recipient from %s" % ("kidney" if org == "rein" else "liver", "Belgium" if be else "France"))
    body = [ctx.t("Bonjour, nouveau suivi à prévoir en clinique de greffe. Dossier ouvert chez nous : %s. Elle/il n'a pas encore sa carte RAMQ "
                  "(délai de carence); à vérifier avec l'admission." % new_mrn,
                  "Hello, new follow-up to book in transplant clinic. Chart opened here: %s. No RAMQ card yet (waiting period); admissions to check."
                  % new_mrn)]
    if kind == "inline":
        body.append(("fwd", "-------- Message d'origine --------" if fr else "-------- Original Message --------",
                     [("De :", "transplantation@%s" % hosp[1]), ("Objet :", "Lettre de liaison")], letter))
    else:
        body.append(ctx.t("La lettre de liaison de l'équipe %s est jointe." % ("belge" if be else "française"),
                          "The referral letter from the %s team is attached." % ("Belgian" if be else "French")))
    body.append(sig_block(ctx, coord))
    m.blocks = body
    return m


# ------------------------------------------------------------------ P26 next-day clinic list
def p_clinic_list(ctx):
    fr = ctx.lang == "fr"
    sec = ctx.staff(role="sec")
    md = ctx.staff(role="md")
    m = ctx.msg("clinic_list", True, ctx.t("liste des patients de la clinique de greffe du lendemain", "next-day transplant clinic patient list"),
                sender=sec, to=[md, shared("infirmieres.greffe")])
    m.add("patient_name", "date_of_birth", "diagnosis")
    d = ctx.day(1)
    hdr = ctx.t(["Heure", "Nom", "NAM", "DDN", "Sexe", "Motif"], ["Time", "Name", "RAMQ", "DOB", "Sex", "Reason"])
    reasons = ctx.t(["suivi post-greffe rénale M3", "rejet traité - contrôle", "pré-greffe : bilan cardiaque", "virémie BK - suivi",
                     "greffe hépatique J+30", "diabète post-greffe", "néphropathie chronique du greffon"],
                    ["kidney transplant 3-month visit", "treated rejection - follow-up", "pre-transplant cardiac work-up", "BK viremia follow-up",
                     "liver transplant day 30", "post-transplant diabetes", "chronic allograft nephropathy"])
    rows = []
    n = ctx.rng.randrange(4, 7)
    for i in range(n):
        t = "%02d:%02d" % (8 + i // 2, 30 * (i % 2))
        reg = ctx.reg
        if reg.nam_i < len(reg.nams) and ctx.chance(0.6):
            p = reg.nam_person()
            nm = name_of(m, p, ctx.c(["sur_first", "sur_first_mixed"]), ctx.lang)
            style = ctx.c(["plain", "spaced", "plain", "dotted"])
            nam = fmt_id("ramq_nam", p.nam, style)
            dob = ctx.date(p.dob, "iso")
            m.add("ramq_nam")
            m.ids.append(("ramq_nam", p.nam))
            m.nams.append((p, dob, p.sex))
            m.must.append(dob)
            rows.append([t, nm, nam, dob, p.sex, ctx.c(reasons)])
        else:
            p = reg.person(lang=ctx.lang if ctx.chance(0.7) else ctx.c(["fr", "en"]), ref=ctx.when)
            nm = name_of(m, p, ctx.c(["sur_first", "sur_first_mixed"]), ctx.lang)
            dob = dob_of(m, p, ctx, "iso")
            rows.append([t, nm, ctx.t("à vérifier", "to verify"), dob, p.sex, ctx.c(reasons)])
    m.subject = ctx.t("Clinique de greffe %s - liste" % ctx.date(d, "iso"), "Transplant clinic %s - list" % ctx.date(d, "iso"))
    intro = ctx.t("Bonjour, liste de demain (Dr %s). Les dossiers sont sortis aux archives." % md[1],
                  "Hi, tomorrow's list (Dr. %s). Charts pulled from medical records." % md[1])
    if ctx.chance(0.5):
        m.atts.append(Att(ctx.t("liste_clinique_%s.xlsx" % d.strftime("%Y%m%d"), "clinic_list_%s.xlsx" % d.strftime("%Y%m%d")),
                          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                          xlsx_bytes([(ctx.t("Clinique", "Clinic"), [hdr] + rows)])))
        m.blocks = [intro, ("sig", [staff_name(sec, ctx.lang, False), ctx.t("Secrétariat de la clinique de greffe", "Transplant clinic office")])]
    else:
        m.blocks = [intro, ("table", hdr, rows), ("sig", [staff_name(sec, ctx.lang, False)])]
        m.prefs["structure"] = ctx.c(["html", "alt", "plain"])
        m.prefs["tstyle"] = ctx.c(["aligned", "pipe"])
    return m


TEMPLATES = [p_international, p_clinic_list]

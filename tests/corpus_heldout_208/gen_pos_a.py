"""Positive (confidential) templates, part A: referrals, waiting list, levels, crossmatch,
appointments, transport, discharge, prescriptions, insurer forms, psychosocial, virology, biopsy."""
import datetime

from gen_attach import csv_bytes, docx_bytes, ics_bytes, pdf_bytes, xlsx_bytes
from gen_common import (AGENCY, HLA_LAB_EN, HLA_LAB_FR, INSURER, PHARMACIES, PROG_EN, PROG_FR,
                        SITES, age_on, fmt_day, signature, staff_name)
from gen_ctx import (ANTIPROLIF, BLOOD, COMPLICATIONS, DONOR_CAUSES, INDICATIONS, ORGANS, TACRO, address_of,
                     dob_of, mrn_of, name_of, nam_bundle, ohn_of, phone_of, shared, sin_of, site)
from gen_mime import Att


def patient(ctx, nam_p=0.5, origin="qc"):
    reg = ctx.reg
    if origin == "qc" and reg.nam_i < len(reg.nams) and ctx.chance(nam_p):
        return reg.nam_person()
    if origin == "qc" and ctx.chance(0.15):
        return reg.person(origin="on", lang="en", ref=ctx.when)   # Ottawa-area patient followed here
    lang = ctx.lang if ctx.lang == "fr" else ctx.c(["en", "en", "fr"])
    return reg.person(origin=origin, lang=lang, ref=ctx.when)


def id_lines(m, ctx, p, name_style=None, mrn=True, with_dob=True):
    """Labelled identity lines; a NAM holder always gets NAM + birth date + sex."""
    fr = ctx.lang == "fr"
    ns = name_style or ctx.c(["sur_first", "full", "title", "sur_first_mixed", "upper"])
    nm = name_of(m, p, ns, ctx.lang)
    out = [("Nom : %s" if fr else "Name: %s") % nm]
    if p.nam:
        n, d, sx = nam_bundle(m, p, ctx)
        out.append(("NAM : %s" if fr else "RAMQ: %s") % n)
        out.append(("DDN : %s" if fr else "DOB: %s") % d)
        out.append(sx)
    else:
        if p.origin == "on":
            out.append(("Carte santé Ontario : %s" if fr else "Ontario health card: %s") % ohn_of(m, ctx))
        if with_dob:
            out.append(("Date de naissance : %s" if fr else "Date of birth: %s") % dob_of(m, p, ctx))
    if mrn:
        out.append(("No dossier : %s" if fr else "MRN: %s") % mrn_of(m, ctx))
    return out


def organ_pick(ctx, weights=("rein", "rein", "rein", "foie", "foie", "coeur", "poumon")):
    org = ctx.c(list(weights))
    ind = ctx.c(INDICATIONS[org])
    return org, ind[0] if ctx.lang == "fr" else ind[1], ORGANS[org][0] if ctx.lang == "fr" else ORGANS[org][1]


def sig_block(ctx, st, s=None):
    return ("sig", signature(st, ctx.lang, ctx.rng, s))


# ------------------------------------------------------------------ P1 donor referral
def p_donor_referral(ctx):
    fr = ctx.lang == "fr"
    icu = ctx.staff(role="icu")
    st = site(ctx)
    p = patient(ctx, 0.55)
    cause = ctx.c(DONOR_CAUSES)[0 if fr else 1]
    age = age_on(p.dob, ctx.when)
    bed = ctx.rng.randrange(1, 24)
    m = ctx.msg("donor_referral", True, ctx.t("référence d'un donneur potentiel aux soins intensifs",
                                              "potential donor referral from ICU"),
                sender=icu, to=[shared("coordination.don")], cc=[ctx.staff(role="coord")])
    m.add("diagnosis", "lab_result")
    creat = ctx.rng.randrange(55, 190)
    na = ctx.rng.randrange(138, 158)
    alt = ctx.rng.randrange(18, 240)
    labs = ctx.t("Créat %d µmol/L, Na %d, ALT %d, lactates %.1f, Hb %d g/L. Sérologies VIH/VHB/VHC envoyées."
                 % (creat, na, alt, ctx.rng.uniform(0.8, 4.5), ctx.rng.randrange(88, 141)),
                 "Creat %d umol/L, Na %d, ALT %d, lactate %.1f, Hb %d g/L. HIV/HBV/HCV serology sent."
                 % (creat, na, alt, ctx.rng.uniform(0.8, 4.5), ctx.rng.randrange(88, 141)))
    variant = ctx.c(["fields", "narrative", "attachment"])
    if variant == "narrative":
        ns = ctx.c(["title", "full", "initial", "lower"])
        nm = name_of(m, p, ns, ctx.lang)
        ident = ""
        if p.nam:
            n, d, sx = nam_bundle(m, p, ctx)
            ident = ctx.t(" (NAM %s, né(e) le %s, %s)" % (n, d, sx), " (RAMQ %s, born %s, %s)" % (n, d, sx))
        else:
            ident = ctx.t(" (dossier %s)", " (chart %s)") % mrn_of(m, ctx)
        m.subject = ctx.t("Donneur potentiel SI %s lit %d" % (st[2], bed), "Potential donor - %s ICU bed %d" % (st[2], bed))
        body = [ctx.t("Bonjour,", "Hi,"),
                ctx.t("Je vous réfère %s%s, %d ans, admis(e) pour %s. GCS 3 sans sédation depuis ce matin, "
                      "réflexes du tronc absents sauf toux faible. La famille est au chevet; nous n'avons pas encore "
                      "abordé le don." % (nm, ident, age, cause),
                      "Referring %s%s, %d y.o., admitted with %s. GCS 3 off sedation since this morning, brainstem "
                      "reflexes absent except weak cough. Family at bedside, donation not yet raised." % (nm, ident, age, cause)),
                labs,
                ctx.t("Merci de me rappeler au poste %d." % ctx.rng.randrange(4000, 4999),
                      "Please call me back at ext. %d." % ctx.rng.randrange(4000, 4999)),
                sig_block(ctx, icu, st)]
        m.blocks = body
    else:
        lines = id_lines(m, ctx, p)
        lines.insert(1, ctx.t("Âge : %d ans" % age, "Age: %d" % age))
        lines += [ctx.t("Unité : SI %s, lit %d" % (st[2], bed), "Unit: ICU %s, bed %d" % (st[2], bed)),
                  ctx.t("Diagnostic : %s" % cause, "Diagnosis: %s" % cause),
                  ctx.t("Groupe : %s" % ctx.c(BLOOD), "ABO: %s" % ctx.c(BLOOD)),
                  ctx.t("Bilan : ", "Labs: ") + labs,
                  ctx.t("Décision de niveau de soins : discussion prévue avec la famille à 16 h",
                        "Goals of care: family meeting planned at 16:00")]
        if variant == "fields":
            m.subject = ctx.t("Référence donneur - %s" % p.name("sur_first", "fr"),
                              "Donor referral - %s" % p.name("sur_first", "en"))
            m.must.append(m.subject.split(" - ")[1])
            m.blocks = [ctx.t("Référence faite par téléphone à 10 h 12, voici le résumé :",
                              "Referral phoned in at 10:12, summary below:"),
                        ("pre", "\n".join(lines)), sig_block(ctx, icu, st)]
        else:
            fname = ctx.t("Fiche_reference_donneur_%s_lit%d.pdf" % (st[2], bed), "Donor_referral_form_%s_bed%d.pdf" % (st[2], bed))
            m.subject = ctx.t("Fiche de référence - donneur potentiel", "Referral form - potential donor")
            m.blocks = [ctx.t("Bonjour, fiche complétée en pièce jointe. Appel fait à %s." % AGENCY[0],
                              "Hello, completed form attached. %s has been called." % AGENCY[0]),
                        sig_block(ctx, icu, st)]
            m.atts.append(Att(fname, "application/pdf",
                              pdf_bytes(ctx.t("Référence d'un donneur potentiel", "Potential donor referral"),
                                        lines + ["", ctx.t("Référent : ", "Referring MD: ") + staff_name(icu, ctx.lang)],
                                        header=st[0] if fr else st[1])))
    return m


# ------------------------------------------------------------------ P2 waiting list
def p_waitlist(ctx):
    fr = ctx.lang == "fr"
    coord = ctx.staff(role="coord")
    neph = ctx.staff(role="neph")
    variant = ctx.c(["single", "single", "table"])
    if variant == "single":
        p = patient(ctx, 0.5)
        org, ind, orgname = organ_pick(ctx)
        m = ctx.msg("waitlist", True, ctx.t("changement de statut sur la liste d'attente", "waiting list status change"),
                    sender=coord, to=[neph], cc=[("", "liste.attente@%s" % "rsbl.example")])
        m.add("diagnosis", "lab_result")
        reason = ctx.ct(["ulcère du pied infecté, en traitement", "cholécystite aiguë opérée le 3",
                         "nouvelle coronaropathie à investiguer (coro prévue)", "perte de poids, IMC 17"],
                        ["infected foot ulcer under treatment", "acute cholecystitis, operated",
                         "new coronary disease being worked up (cath booked)", "weight loss, BMI 17"])
        status = ctx.ct(["temporairement inactif", "réactivé", "suspendu 30 jours"],
                        ["temporarily on hold", "reactivated", "suspended for 30 days"])
        lines = id_lines(m, ctx, p, mrn=ctx.chance(0.6))
        cpra = ctx.rng.randrange(0, 99)
        lines += [ctx.t("Liste : %s (%s)" % (orgname, ind), "List: %s (%s)" % (orgname, ind)),
                  ctx.t("Groupe %s, cPRA %d %%" % (ctx.c(BLOOD), cpra), "ABO %s, cPRA %d%%" % (ctx.c(BLOOD), cpra)),
                  ctx.t("Nouveau statut : %s - motif : %s" % (status, reason), "New status: %s - reason: %s" % (status, reason))]
        m.subject = ctx.t("Statut liste d'attente - %s" % status, "Waitlist status - %s" % status)
        m.blocks = [ctx.t("Bonjour Dr %s," % neph[1] if neph[3] in ("Dr", "Dre") else "Bonjour,",
                          "Dear Dr. %s," % neph[1] if neph[3] in ("Dr", "Dre") else "Hello,"),
                    ctx.t("Pour votre information, changement au registre aujourd'hui :",
                          "FYI, the following change was entered in the registry today:"),
                    ("pre", "\n".join(lines)),
                    ctx.t("L'unité de dialyse a été avisée.", "The dialysis unit has been notified.") if org == "rein" else
                    ctx.t("L'hépatologue traitant a été avisé.", "The referring specialist has been notified."),
                    sig_block(ctx, coord)]
        return m
    m = ctx.msg("waitlist", True, ctx.t("extrait de la liste d'attente rénale", "kidney waiting list extract"),
                sender=coord, to=[neph, ctx.staff(exclude=(coord[1], neph[1]), role="coord")])
    m.add("diagnosis", "lab_result", "mrn", "date_of_birth")
    hdr = ctx.t(["Nom", "Dossier", "DDN", "ABO", "cPRA %", "Dialyse depuis", "Indication", "Statut"],
                ["Name", "MRN", "DOB", "ABO", "cPRA %", "Dialysis since", "Indication", "Status"])
    rows = []
    for _ in range(ctx.rng.randrange(4, 8)):
        p = ctx.reg.person(lang=ctx.c(["fr", "fr", "en"]), ref=ctx.when)
        ind = ctx.c(INDICATIONS["rein"])[0 if fr else 1]
        rows.append([name_of(m, p, "sur_first", ctx.lang), mrn_of(m, ctx, "plain"), dob_of(m, p, ctx, "iso"),
                     ctx.c(BLOOD), ctx.rng.randrange(0, 99), "%d-%02d" % (ctx.rng.randrange(2016, 2024), ctx.rng.randrange(1, 13)),
                     ind, ctx.ct(["actif", "actif", "inactif (T)"], ["active", "active", "on hold"])])
    quarter = ctx.when.month // 4 + 1
    fname = ctx.t("liste_attente_rein_T%d_%d.xlsx" % (quarter, ctx.when.year), "kidney_waitlist_Q%d_%d.xlsx" % (quarter, ctx.when.year))
    use_csv = ctx.chance(0.35)
    if use_csv:
        fname = fname.replace(".xlsx", ".csv")
        m.atts.append(Att(fname, "text/csv", csv_bytes([hdr] + rows, sep=";" if fr else ",", bom=ctx.chance(0.5)),
                          cte=ctx.c(["base64", "quoted-printable"])))
    else:
        m.atts.append(Att(fname, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                          xlsx_bytes([(ctx.t("Liste", "List"), [hdr] + rows)])))
    m.subject = ctx.t("Liste d'attente rénale - mise à jour", "Kidney waitlist - update for review meeting")
    m.blocks = [ctx.t("Bonjour, ci-joint l'extrait pour la réunion de révision de jeudi. Les patients inactifs depuis plus de 6 mois sont à discuter.",
                      "Hi all, attached is the extract for Thursday's review meeting. Patients on hold > 6 months to be discussed."),
                ctx.t("Merci de ne pas transférer hors du programme.", "Please do not forward outside the program."),
                sig_block(ctx, coord)]
    return m


# ------------------------------------------------------------------ P3 immunosuppressant levels
def p_tacro(ctx):
    fr = ctx.lang == "fr"
    ph = ctx.staff(role="pharm")
    md = ctx.staff(role="md")
    variant = ctx.c(["single", "single", "trend"])
    m = ctx.msg("immuno_level", True, ctx.t("niveau d'immunosuppresseur et ajustement de dose",
                                            "immunosuppressant level and dose adjustment"),
                sender=ph, to=[md])
    m.add("lab_result", "medication")
    if variant == "single":
        p = patient(ctx, 0.45)
        brand, gen = ctx.c(TACRO)
        lvl = round(ctx.rng.uniform(2.4, 21.5), 1)
        dose = ctx.c([1, 2, 3, 4, 5, 6, 7, 8])
        unit = ctx.c(["µg/L", "ng/mL"])
        ns = ctx.c(["sur_first", "title", "full", "initial", "sur_first_nocomma"])
        nm = name_of(m, p, ns, ctx.lang)
        extra = ""
        if p.nam:
            n, d, sx = nam_bundle(m, p, ctx)
            extra = "\nNAM %s / DDN %s / %s" % (n, d, sx) if fr else "\nRAMQ %s / DOB %s / %s" % (n, d, sx)
        elif ctx.chance(0.6):
            extra = "\n" + ctx.t("Dossier ", "Chart ") + mrn_of(m, ctx)
        lvl_s = ("%.1f" % lvl).replace(".", ",") if fr else "%.1f" % lvl
        creat = ctx.rng.randrange(80, 260)
        m.add("diagnosis")
        org = ctx.c(["rein", "rein", "foie", "coeur"])
        m.subject = ctx.t("Tacro C0 %s - ajustement" % lvl_s, "Tacrolimus trough %s - dose change" % lvl_s)
        newdose = max(0.5, dose - 1) if lvl > 9 else dose + 1
        m.blocks = [ctx.t("Bonjour,", "Hi,"),
                    ("pre", "%s%s" % (nm, extra)),
                    ctx.t("%s (%s) %d mg die. C0 ce matin : %s %s (cible 5-8, %s, M%d). Créat %d µmol/L (base %d)."
                          % (brand, gen, dose, lvl_s, unit, ORGANS[org][0], ctx.rng.randrange(2, 30), creat, creat - ctx.rng.randrange(0, 40)),
                          "%s (%s) %d mg daily. Trough this morning: %s %s (target 5-8, %s, month %d). Creat %d umol/L (baseline %d)."
                          % (brand, gen, dose, lvl_s, unit, ORGANS[org][1], ctx.rng.randrange(2, 30), creat, creat - ctx.rng.randrange(0, 40))),
                    ctx.t("Je propose %s mg die et contrôle dans 5-7 jours. Pas d'interaction identifiée (vérifié : pas de fluconazole ni diltiazem)."
                          % newdose, "Suggest %s mg daily, recheck in 5-7 days. No interacting drugs found (no fluconazole, no diltiazem)." % newdose),
                    ctx.t("J'appelle le patient si tu es d'accord.", "I will call the patient if you agree."),
                    sig_block(ctx, ph)]
        return m
    m.add("mrn")
    hdr = ctx.t(["Patient", "Dossier", "Greffe", "Médicament", "Dose", "C0 J-14", "C0 J-7", "C0 actuel", "Action"],
                ["Patient", "MRN", "Graft", "Drug", "Dose", "Trough d-14", "Trough d-7", "Current", "Action"])
    rows = []
    for _ in range(ctx.rng.randrange(5, 10)):
        p = ctx.reg.person(lang=ctx.c(["fr", "en"]), ref=ctx.when)
        brand, _ = ctx.c(TACRO + [("Neoral", "cyclosporine"), ("Rapamune", "sirolimus")])
        vals = [round(ctx.rng.uniform(3, 16), 1) for _ in range(3)]
        rows.append([name_of(m, p, "sur_first", ctx.lang), mrn_of(m, ctx, "plain"),
                     ctx.c(["R", "F", "C", "R/P"]), brand, "%s mg BID" % ctx.c([1, 1.5, 2, 3, 4]),
                     vals[0], vals[1], vals[2],
                     ctx.ct(["aucune", "baisser", "augmenter", "répéter"], ["none", "decrease", "increase", "repeat"])])
    wk = ctx.when.isocalendar()[1]
    m.subject = ctx.t("Suivi des niveaux - semaine %d" % wk, "Drug level follow-up - week %d" % wk)
    m.blocks = [ctx.t("Tableau de suivi de la semaine en pièce jointe (les valeurs hors cible sont en rouge).",
                      "This week's level tracking sheet attached (out-of-range values flagged)."),
                sig_block(ctx, ph)]
    m.atts.append(Att(ctx.t("niveaux_immunosuppresseurs_sem%d.xlsx" % wk, "immunosuppressant_levels_wk%d.xlsx" % wk),
                      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                      xlsx_bytes([(ctx.t("Niveaux", "Levels"), [hdr] + rows)])))
    return m


# ------------------------------------------------------------------ P4 crossmatch
def p_crossmatch(ctx):
    fr = ctx.lang == "fr"
    tech = ctx.staff(role="hla")
    don = "DON-%d-%04d" % (ctx.when.year, ctx.rng.randrange(1, 999))
    m = ctx.msg("crossmatch", True, ctx.t("résultats d'épreuves de compatibilité pour une offre d'organe",
                                          "crossmatch results for an organ offer"),
                sender=tech, to=[shared("coordination.greffe")])
    m.add("lab_result")
    rows = []
    hdr = ctx.t(["Rang", "Receveur", "Dossier", "cPRA", "XM T (flux)", "XM B (flux)", "DSA"],
                ["Rank", "Recipient", "MRN", "cPRA", "T-cell FCXM", "B-cell FCXM", "DSA"])
    for i in range(ctx.rng.randrange(2, 5)):
        p = ctx.reg.person(lang=ctx.c(["fr", "en"]) if not fr else "fr", ref=ctx.when)
        t = ctx.c(["nég", "nég", "nég", "POS (MCS 180)"]) if fr else ctx.c(["neg", "neg", "neg", "POS (MCS 180)"])
        b = ctx.c(["nég", "nég", "POS faible"]) if fr else ctx.c(["neg", "neg", "weak POS"])
        dsa = ctx.c(["aucun", "aucun", "DQ7 MFI 2300", "A2 MFI 900"]) if fr else ctx.c(["none", "none", "DQ7 MFI 2300", "A2 MFI 900"])
        rows.append([i + 1, name_of(m, p, ctx.c(["sur_first", "sur_first_mixed"]), ctx.lang), mrn_of(m, ctx, "plain"),
                     "%d %%" % ctx.rng.randrange(0, 99), t, b, dsa])
    m.subject = ctx.t("XM %s - résultats" % don, "Crossmatch %s - results" % don)
    m.blocks = [ctx.t("Résultats des épreuves croisées pour l'offre %s (rein gauche et droit) :" % don,
                      "Crossmatch results for offer %s (left and right kidney):" % don),
                ("table", hdr, rows),
                ctx.t("Sérum actuel < 3 mois pour tous. Typage HLA du donneur : A1 A24 B8 B44 DR3 DR7 DQ2.",
                      "Current sera < 3 months for all. Donor HLA: A1 A24 B8 B44 DR3 DR7 DQ2."),
                ("sig", [staff_name(tech, ctx.lang, False), HLA_LAB_FR if fr else HLA_LAB_EN, SITES[0][3],
                         ctx.t("Garde HLA : 819-555-0177", "HLA on call: 819-555-0177")])]
    if ctx.chance(0.5):
        m.prefs["structure"] = ctx.c(["html", "alt"])
    return m


# ------------------------------------------------------------------ P5 appointment (ICS)
def p_appointment(ctx):
    fr = ctx.lang == "fr"
    sec = ctx.staff(role="sec")
    md = ctx.staff(role="md")
    p = patient(ctx, 0.4)
    st = site(ctx)
    d = ctx.day(ctx.rng.randrange(3, 40))
    start = datetime.datetime(d.year, d.month, d.day, ctx.c([8, 9, 10, 13, 14]), ctx.c([0, 15, 30, 45]))
    end = start + datetime.timedelta(minutes=ctx.c([30, 45, 60]))
    org, ind, orgname = organ_pick(ctx, ("rein", "rein", "foie"))
    m = ctx.msg("appointment", True, ctx.t("convocation en clinique de greffe avec invitation de calendrier",
                                           "transplant clinic appointment with calendar invite"),
                sender=sec, to=[md], cc=[shared("clinique.greffe")])
    m.add("diagnosis")
    ns = ctx.c(["title", "full", "sur_first"])
    nm = name_of(m, p, ns, ctx.lang)
    brand = ctx.c(TACRO)[0]
    summary = ctx.t("Suivi post-%s J+%d - %s" % (orgname, ctx.c([30, 90, 180, 365]), nm),
                    "Post-%s follow-up day %d - %s" % (orgname, ctx.c([30, 90, 180, 365]), nm))
    desc = ctx.t("Patient greffé pour %s. Prélèvements à jeun à 7 h 30 (FSC, créat, C0 tacrolimus) : ne pas prendre %s avant le prélèvement."
                 % (ind, brand),
                 "Transplanted for %s. Fasting bloodwork at 7:30 (CBC, creat, tacrolimus trough): hold %s until after the draw." % (ind, brand))
    m.add("medication")
    if p.nam:
        n, dd, sx = nam_bundle(m, p, ctx)
        desc += "\nNAM %s - DDN %s - %s" % (n, dd, sx) if fr else "\nRAMQ %s - DOB %s - %s" % (n, dd, sx)
    if ctx.chance(0.4):
        desc += ctx.t("\nJoindre au %s (cellulaire).", "\nReach at %s (cell).") % phone_of(m, ctx)
    m.atts.append(Att(ctx.t("rendez-vous.ics", "appointment.ics"), "text/calendar",
                      ics_bytes("rdv-%d-%04d@rsbl.example" % (ctx.idx, ctx.rng.randrange(9999)), start, end, summary,
                                ctx.t("Clinique de greffe, %s, 3e étage" % st[0], "Transplant clinic, %s, 3rd floor" % st[1]),
                                desc, (staff_name(md, ctx.lang, False), "clinique.greffe@rsbl.example")),
                      cte=ctx.c(["base64", "quoted-printable", "7bit" if all(ord(c) < 128 for c in summary + desc) else "base64"])))
    m.subject = ctx.t("RDV %s" % start.strftime("%d/%m %H:%M"), "Appt %s" % start.strftime("%b %d %H:%M"))
    m.blocks = [ctx.t("Bonjour, le rendez-vous est confirmé (voir invitation).", "Hi, the appointment is booked (see invite)."),
                ("sig", [staff_name(sec, ctx.lang, False), ctx.t("Secrétariat, clinique de greffe", "Transplant clinic desk"), st[4]])]
    return m


# ------------------------------------------------------------------ P6 transport request
def p_transport(ctx):
    fr = ctx.lang == "fr"
    coord = ctx.staff(role="coord")
    p = patient(ctx, 0.5)
    org, ind, orgname = organ_pick(ctx)
    st = site(ctx)
    m = ctx.msg("transport", True, ctx.t("demande de transport urgent d'un receveur pour une greffe",
                                         "urgent transport request for a transplant recipient"),
                sender=coord, to=[("Répartition transport" if fr else "Transport dispatch", "transport@rsbl.example")])
    m.add("diagnosis")
    addr, _ = address_of(m, p, ctx)
    tel = phone_of(m, ctx)
    lines = id_lines(m, ctx, p, mrn=ctx.chance(0.5), with_dob=ctx.chance(0.5))
    lines += [ctx.t("Adresse : %s" % addr, "Address: %s" % addr), ctx.t("Tél. domicile : %s" % tel, "Home phone: %s" % tel),
              ctx.t("Destination : %s, admission 6e étage" % st[0], "Destination: %s, admitting 6th floor" % st[1]),
              ctx.t("Motif : %s (%s) - offre acceptée" % (orgname, ind), "Reason: %s (%s) - offer accepted" % (orgname, ind))]
    if ctx.chance(0.5):
        m.add("medication")
        lines.append({"rein": ctx.t("Sous dialyse péritonéale : apporter le cycleur. Prend de l'insuline.",
                                    "On peritoneal dialysis: bring the cycler. Takes insulin."),
                      "foie": ctx.t("Ascite, paracentèses hebdomadaires; prend du lactulose et de la rifaximine.",
                                    "Ascites, weekly paracentesis; on lactulose and rifaximin."),
                      "coeur": ctx.t("Sous milrinone IV en continu (pompe portative) : ne pas débrancher.",
                                     "On continuous IV milrinone (portable pump): do not disconnect."),
                      "poumon": ctx.t("Sous oxygène 4 L/min : prévoir une bonbonne pour le trajet. Prend de la prednisone.",
                                      "On 4 L/min oxygen: bring a tank for the trip. Takes prednisone.")}[org])
    if ctx.chance(0.4):
        m.add("social_information")
        lines.append(ctx.t("Vit seul(e), pas de voiture, aidant naturel : sa fille (en route).",
                           "Lives alone, no car; caregiver (daughter) on her way."))
    m.subject = ctx.t("URGENT - transport receveur %s" % ctx.when.strftime("%d/%m"), "URGENT - recipient transport %s" % ctx.when.strftime("%b %d"))
    m.blocks = [ctx.t("Bonjour, transport requis dès que possible (arrivée avant %d h)." % ctx.c([2, 4, 6, 14, 16]),
                      "Hello, transport needed ASAP (arrival before %d:00)." % ctx.c([2, 4, 6, 14, 16])),
                ("pre", "\n".join(lines)),
                ctx.t("Confirmer l'heure de prise en charge au 819-555-0166.", "Please confirm pickup time at 819-555-0166."),
                sig_block(ctx, coord, st)]
    m.headers.append(("Importance", "high"))
    return m


# ------------------------------------------------------------------ P7 discharge summary (DOCX)
def p_discharge(ctx):
    fr = ctx.lang == "fr"
    md = ctx.staff(role="md")
    p = patient(ctx, 0.55)
    org, ind, orgname = organ_pick(ctx)
    comp = ctx.c(COMPLICATIONS)[0 if fr else 1]
    m = ctx.msg("discharge_summary", True, ctx.t("résumé de départ après greffe en pièce jointe",
                                                 "post-transplant discharge summary attached"),
                sender=md, to=[("", "archives@rsbl.example")], cc=[("", "dr.omnipraticien@cliniquefamille.example")])
    m.add("diagnosis", "medication", "lab_result")
    brand, gen = ctx.c(TACRO)
    ap = ctx.c(ANTIPROLIF)
    in_att_only = ctx.chance(0.6)
    paras = [ctx.t("# Identification", "# Identification")]
    paras += id_lines(m, ctx, p)
    d0 = ctx.day(-ctx.rng.randrange(6, 20))
    paras += [ctx.t("# Séjour", "# Admission"),
              ctx.t("Admission le %s pour %s (%s). Évolution compliquée de %s, traitée." % (ctx.date(d0), orgname, ind, comp),
                    "Admitted %s for %s (%s). Course complicated by %s, treated." % (ctx.date(d0), orgname, ind, comp)),
              ctx.t("# Médication au départ", "# Discharge medications"),
              "%s (%s) %s mg die" % (brand, gen, ctx.c([3, 4, 5, 6, 8])),
              "%s (%s) %s mg BID" % (ap[0], ap[1] if fr else ap[2], ctx.c([500, 720, 750, 1000])),
              "Prednisone %d mg die" % ctx.c([5, 10, 15, 20]),
              ctx.t("Valganciclovir 450 mg die x 3 mois; Septra SS 1 co die", "Valganciclovir 450 mg daily x 3 months; Septra SS 1 tab daily"),
              ctx.t("# Bilan au départ", "# Labs at discharge"),
              ctx.t("Créat %d µmol/L, Hb %d g/L, K %.1f, C0 tacro %.1f µg/L" % (ctx.rng.randrange(90, 220), ctx.rng.randrange(85, 125), ctx.rng.uniform(3.6, 5.4), ctx.rng.uniform(5, 12)),
                    "Creat %d umol/L, Hb %d g/L, K %.1f, tacro trough %.1f ng/mL" % (ctx.rng.randrange(90, 220), ctx.rng.randrange(85, 125), ctx.rng.uniform(3.6, 5.4), ctx.rng.uniform(5, 12))),
              ctx.t("# Suivi", "# Follow-up"),
              ctx.t("Clinique de greffe dans 1 semaine; prélèvements 2 fois/semaine.", "Transplant clinic in 1 week; bloodwork twice weekly.")]
    fname = ctx.t("Resume_depart_%s.docx" % p.surname.upper() if ctx.chance(0.5) else "Résumé_de_départ.docx",
                  "Discharge_summary_%s.docx" % p.surname if ctx.chance(0.5) else "discharge_summary.docx")
    m.atts.append(Att(fname, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                      docx_bytes(ctx.t("Résumé de départ - %s" % PROG_FR, "Discharge summary - %s" % PROG_EN), paras, author=md[1])))
    if in_att_only:
        m.subject = ctx.t("Résumé de départ", "Discharge summary")
        m.blocks = [ctx.t("Bonjour, voici le résumé signé pour numérisation au dossier. Copie au médecin de famille.",
                          "Hello, signed summary attached for scanning into the chart. Copy to the family physician."),
                    sig_block(ctx, md)]
    else:
        ns = ctx.c(["title_sur", "sur_first", "initial"])
        m.subject = ctx.t("Résumé de départ - %s" % p.name(ns, "fr"), "Discharge summary - %s" % p.name(ns, "en"))
        m.must.append(p.name(ns, ctx.lang))
        m.blocks = [ctx.t("Bonjour, résumé ci-joint. Congé aujourd'hui, retour à domicile avec sa conjointe.",
                          "Hi, summary attached. Discharged home today with spouse."),
                    sig_block(ctx, md)]
    return m


# ------------------------------------------------------------------ P8 prescription to pharmacy
def p_prescription(ctx):
    fr = ctx.lang == "fr"
    md = ctx.staff(role="md")
    ph = ctx.c(PHARMACIES)
    p = patient(ctx, 0.65)
    m = ctx.msg("prescription", True, ctx.t("ordonnance d'immunosuppresseurs transmise à une pharmacie",
                                            "immunosuppressant prescription sent to a community pharmacy"),
                sender=md, to=[(ph[0], "labo@%s" % ph[1])])
    m.add("medication")
    brand, gen = ctx.c(TACRO)
    ap = ctx.c(ANTIPROLIF)
    lines = id_lines(m, ctx, p, mrn=False, with_dob=True)
    if ctx.chance(0.5):
        lines.append(ctx.t("Tél. : %s", "Phone: %s") % phone_of(m, ctx))
    rx = ["%s (%s) %s mg PO q12h - %s" % (brand, gen, ctx.c([0.5, 1, 2, 3]), ctx.t("NE PAS SUBSTITUER", "NO SUBSTITUTION")),
          "%s %s mg PO BID" % (ap[0], ctx.c([250, 360, 500, 720])),
          ctx.t("Prednisone 5 mg PO die", "Prednisone 5 mg PO daily"),
          ctx.t("Triméthoprime-sulfaméthoxazole 80/400 mg 1 co die", "Trimethoprim-sulfamethoxazole 80/400 mg 1 tab daily")]
    if ctx.chance(0.5):
        rx.append("Valcyte (valganciclovir) 450 mg PO die x 90 j" if fr else "Valcyte (valganciclovir) 450 mg PO daily x 90 d")
    body_rx = [ctx.t("Ordonnance - %s" % PROG_FR, "Prescription - %s" % PROG_EN)] + lines + [""] + \
        ["%d. %s" % (i + 1, r) for i, r in enumerate(rx)] + ["", ctx.t("Renouvellements : 3 mois", "Refills: 3 months"),
                                                             ctx.t("Prescripteur : ", "Prescriber: ") + staff_name(md, ctx.lang)]
    if ctx.chance(0.5):
        m.subject = ctx.t("Ordonnance - greffé(e) rénal(e)", "Rx - kidney transplant recipient")
        m.add("diagnosis")
        m.blocks = [ctx.t("Bonjour, ordonnance ci-dessous. Svp confirmer la réception par télécopieur.",
                          "Hello, prescription below. Please confirm receipt."), ("pre", "\n".join(body_rx)), sig_block(ctx, md)]
    else:
        m.subject = ctx.t("Ordonnance en pièce jointe", "Prescription attached")
        m.blocks = [ctx.t("Bonjour, voir ordonnance jointe (original au dossier).", "Hello, see attached prescription (original on file)."),
                    sig_block(ctx, md)]
        m.atts.append(Att(ctx.t("ordonnance_%s.pdf" % ctx.when.strftime("%Y%m%d"), "prescription_%s.pdf" % ctx.when.strftime("%Y%m%d")),
                          "application/pdf", pdf_bytes(body_rx[0], body_rx[1:], header=ph[0])))
    return m


# ------------------------------------------------------------------ P9 insurer / disability form
def p_insurer(ctx):
    fr = ctx.lang == "fr"
    sw = ctx.staff(role="sw")
    p = patient(ctx, 0.5)
    org, ind, orgname = organ_pick(ctx)
    m = ctx.msg("insurer_form", True, ctx.t("formulaire d'assurance invalidité et médicament d'exception",
                                            "disability and drug coverage form to an insurer"),
                sender=sw, to=[(INSURER[0], "reclamations@%s" % INSURER[1])])
    m.add("diagnosis", "social_information")
    fields = id_lines(m, ctx, p, mrn=False)
    fields.append(ctx.t("NAS : %s", "SIN: %s") % sin_of(m, ctx))
    fields.append(ctx.t("No de certificat : %d-%d" % (ctx.rng.randrange(10000, 99999), ctx.rng.randrange(10, 99)),
                        "Certificate no.: %d-%d" % (ctx.rng.randrange(10000, 99999), ctx.rng.randrange(10, 99))))
    fields += [ctx.t("Diagnostic : %s - en attente de %s" % (ind, orgname), "Diagnosis: %s - awaiting %s" % (ind, orgname)),
               ctx.t("Arrêt de travail depuis le %s; retour prévu : indéterminé" % ctx.date(ctx.day(-ctx.rng.randrange(60, 400))),
                     "Off work since %s; expected return: undetermined" % ctx.date(ctx.day(-ctx.rng.randrange(60, 400)))),
               ctx.t("Revenu : prestations d'assurance-emploi terminées; demande d'aide financière de dernier recours en cours",
                     "Income: EI sickness benefits exhausted; applying for last-resort income support")]
    if ctx.chance(0.6):
        m.add("medication")
        fields.append(ctx.t("Médicament demandé : Envarsus PA (tacrolimus LP) 4 mg die - intolérance à Advagraf",
                            "Drug requested: Envarsus PA (tacrolimus XR) 4 mg daily - Advagraf intolerance"))
    fname = ctx.t("Formulaire_invalidité_%s.pdf" % p.surname, "Disability_claim_%s.pdf" % p.surname)
    m.atts.append(Att(fname, "application/pdf",
                      pdf_bytes(ctx.t("Déclaration du médecin traitant / travailleur social", "Attending statement / social work"),
                                fields, header=INSURER[0])))
    m.subject = ctx.t("Réclamation invalidité - documents", "Disability claim - supporting documents")
    m.blocks = [ctx.t("Bonjour, vous trouverez le formulaire complété pour votre assuré(e). Le rapport médical suivra.",
                      "Hello, please find the completed form for your member. The medical report will follow."),
                sig_block(ctx, sw)]
    return m


# ------------------------------------------------------------------ P10 psychosocial evaluation
def p_psychosocial(ctx):
    fr = ctx.lang == "fr"
    sw = ctx.staff(role="sw")
    team = ctx.staff(role="clinical")
    pediatric = ctx.chance(0.3)
    m = ctx.msg("psychosocial", True, ctx.t("évaluation psychosociale prégreffe", "pre-transplant psychosocial assessment"),
                sender=sw, to=[team, shared("comite.selection")])
    m.add("social_information", "diagnosis")
    if pediatric:
        p = ctx.reg.person(lang=ctx.lang if fr else ctx.c(["en", "fr"]), age=ctx.rng.randrange(4, 15), ref=ctx.when)
        nm = name_of(m, p, ctx.c(["full", "given", "sur_first"]), ctx.lang)
        if nm == p.given:
            name_of(m, p, "full", ctx.lang)
        dob = dob_of(m, p, ctx)
        m.subject = ctx.t("Éval psychosociale - %s (pédiatrie)" % p.full(), "Psychosocial - %s (peds)" % p.full())
        m.must.append(p.full())
        m.blocks = [ctx.t("Bonjour,", "Hello,"),
                    ctx.t("Résumé pour le comité : %s, né(e) le %s, candidat(e) à une greffe rénale (syndrome néphrotique cortico-résistant). "
                          "Dossier suivi par la DPJ depuis %d (négligence); placement en famille d'accueil. La mère a des droits de visite supervisés. "
                          "L'intervenante DPJ doit consentir pour la famille d'accueil."
                          % (nm, dob, ctx.when.year - ctx.rng.randrange(1, 4)),
                          "Summary for committee: %s, born %s, kidney transplant candidate (steroid-resistant nephrotic syndrome). "
                          "Youth protection (DPJ) file open since %d (neglect); in foster care. Mother has supervised visits. "
                          "The DPJ worker must consent on behalf of the foster family." % (nm, dob, ctx.when.year - ctx.rng.randrange(1, 4))),
                    ctx.t("Recommandation : favorable sous réserve d'un plan d'observance avec la famille d'accueil.",
                          "Recommendation: favourable pending an adherence plan with the foster family."),
                    sig_block(ctx, sw)]
        return m
    p = patient(ctx, 0.45)
    org, ind, orgname = organ_pick(ctx, ("foie", "foie", "rein", "coeur"))
    lines = id_lines(m, ctx, p, mrn=ctx.chance(0.5), with_dob=False)
    situ = ctx.ct(["Vit seul(e) dans un logement insalubre (moisissures), en attente d'un HLM. Revenu : aide sociale.",
                   "Sans domicile fixe depuis 2 mois, hébergé(e) chez un ami. Aucun aidant identifié.",
                   "Conjoint violent (signalement en 2022); maintenant séparé(e), vit en maison d'hébergement.",
                   "Revenu : rente d'invalidité RRQ; dettes importantes, a perdu son logement en janvier."],
                  ["Lives alone in unsafe housing (mould), waiting for social housing. Income: social assistance.",
                   "No fixed address for 2 months, staying with a friend. No caregiver identified.",
                   "History of intimate partner violence (reported 2022); now separated, living in a women's shelter.",
                   "Income: QPP disability pension; significant debt, lost housing in January."])
    alcohol = ctx.t("Abstinence d'alcool déclarée depuis %d mois; suivi en dépendance au CRD." % ctx.rng.randrange(4, 30),
                    "Reports alcohol abstinence for %d months; followed at the addiction rehab centre." % ctx.rng.randrange(4, 30))
    m.subject = ctx.t("Éval psychosociale - candidat(e) %s" % orgname, "Psychosocial assessment - %s candidate" % orgname)
    m.blocks = [ctx.t("Bonjour, voici mon résumé en vue du comité de sélection de mardi.",
                      "Hi, here is my summary ahead of Tuesday's selection committee."),
                ("pre", "\n".join(lines)),
                ctx.t("Indication : %s." % ind, "Indication: %s." % ind),
                situ, alcohol if org == "foie" else ctx.t("Observance aux traitements de dialyse jugée bonne.",
                                                          "Adherence to dialysis judged good."),
                ctx.t("Recommandation : favorable, à réévaluer dans 3 mois.", "Recommendation: favourable, reassess in 3 months."),
                sig_block(ctx, sw)]
    return m


# ------------------------------------------------------------------ P11 virology follow-up
def p_virology(ctx):
    fr = ctx.lang == "fr"
    idm = ctx.staff(role="id")
    coord = ctx.staff(role="coord")
    p = patient(ctx, 0.4)
    m = ctx.msg("lab_followup", True, ctx.t("résultat de charge virale chez un greffé", "viral load result in a transplant recipient"),
                sender=idm, to=[coord])
    m.add("lab_result", "medication", "diagnosis")
    virus = ctx.c(["CMV", "BK"])
    load = ctx.rng.randrange(1200, 250000)
    ns = ctx.c(["title", "lower", "initial", "sur_first", "full"])
    nm = name_of(m, p, ns, ctx.lang)
    ident = ""
    if p.nam:
        n, d, sx = nam_bundle(m, p, ctx, dstyle="iso")
        ident = " [%s, %s, %s]" % (n, d, sx)
    elif ctx.chance(0.7):
        ident = " (%s)" % mrn_of(m, ctx)
    loads = ("{:,}".format(load).replace(",", " ")) if fr else "{:,}".format(load)
    if virus == "CMV":
        txt = ctx.t("PCR CMV à %s UI/mL chez %s%s (D+/R-, prophylaxie cessée il y a 3 semaines). Je débute valganciclovir 900 mg BID "
                    "(ajusté à la fonction rénale, DFGe %d) et on diminue le CellCept de moitié. PCR hebdomadaire."
                    % (loads, nm, ident, ctx.rng.randrange(25, 70)),
                    "CMV PCR %s IU/mL in %s%s (D+/R-, prophylaxis stopped 3 weeks ago). Starting valganciclovir 900 mg BID "
                    "(renally adjusted, eGFR %d) and halving CellCept. Weekly PCR." % (loads, nm, ident, ctx.rng.randrange(25, 70)))
    else:
        txt = ctx.t("Virémie BK %s copies/mL chez %s%s, créat en hausse à %d. Je suggère biopsie du greffon et réduction du MMF; "
                    "tacro cible 4-6." % (loads, nm, ident, ctx.rng.randrange(140, 260)),
                    "BK viremia %s copies/mL in %s%s, creat up to %d. Suggest graft biopsy and MMF reduction; tacro target 4-6."
                    % (loads, nm, ident, ctx.rng.randrange(140, 260)))
    m.subject = ctx.t("%s positif" % virus, "%s viremia" % virus) if ctx.chance(0.6) else ctx.t("Résultat PCR %s" % virus, "%s PCR result" % virus)
    m.blocks = [ctx.t("Salut,", "Hi,"), txt, ctx.t("On en reparle à la tournée.", "Let's discuss at rounds."),
                ("sig", [staff_name(idm, ctx.lang), ctx.t("Infectiologie - greffe", "Transplant ID")])]
    return m


# ------------------------------------------------------------------ P12 biopsy / imaging
def p_biopsy(ctx):
    fr = ctx.lang == "fr"
    md = ctx.staff(role="neph")
    p = patient(ctx, 0.45)
    st = site(ctx)
    m = ctx.msg("biopsy_booking", True, ctx.t("réservation de biopsie du greffon et résultat d'imagerie",
                                              "graft biopsy booking and imaging result"),
                sender=md, to=[("Radiologie d'intervention" if fr else "Interventional radiology", "rx.intervention@rsbl.example")])
    m.add("diagnosis", "lab_result", "medication")
    lines = id_lines(m, ctx, p, name_style=ctx.c(["sur_first", "sur_first_nocomma", "upper"]), mrn=True, with_dob=ctx.chance(0.5))
    d = ctx.day(ctx.rng.randrange(1, 6))
    txt = ctx.t("Demande de biopsie du greffon rénal (écho-guidée) le %s si possible. Hausse de créatinine de %d à %d µmol/L en 2 semaines, "
                "protéinurie RPC %d mg/mmol. Doppler du %s : IR 0,%d, pas d'hydronéphrose. INR 1,0, plaquettes %d. "
                "Aspirine cessée depuis 5 jours; apixaban non applicable."
                % (fmt_day(d, "fr"), ctx.rng.randrange(100, 140), ctx.rng.randrange(170, 260), ctx.rng.randrange(30, 300),
                   ctx.date(ctx.day(-2), "slash"), ctx.rng.randrange(65, 89), ctx.rng.randrange(150, 320)),
                "Requesting ultrasound-guided renal graft biopsy on %s if possible. Creatinine up from %d to %d umol/L over 2 weeks, "
                "UPCR %d mg/mmol. Doppler on %s: RI 0.%d, no hydronephrosis. INR 1.0, platelets %d. Aspirin held for 5 days."
                % (fmt_day(d, "en"), ctx.rng.randrange(100, 140), ctx.rng.randrange(170, 260), ctx.rng.randrange(30, 300),
                   ctx.date(ctx.day(-2), "iso"), ctx.rng.randrange(65, 89), ctx.rng.randrange(150, 320)))
    m.subject = ctx.t("Demande biopsie greffon - %s" % st[2], "Graft biopsy request - %s" % st[2])
    m.blocks = [("pre", "\n".join(lines)), txt,
                ctx.t("Question : rejet? néphrotoxicité? BK?", "Question: rejection vs CNI toxicity vs BK?"), sig_block(ctx, md, st)]
    return m


TEMPLATES = [p_donor_referral, p_waitlist, p_tacro, p_crossmatch, p_appointment, p_transport, p_discharge,
             p_prescription, p_insurer, p_psychosocial, p_virology, p_biopsy]

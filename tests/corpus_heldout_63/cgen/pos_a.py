"""Positive builders, part A: ED handovers, OR lists, transfers, pre-op, beds, ambulances."""
import datetime

from . import ids, world
from .attach import att_pdf, att_docx, att_xlsx, att_csv
from .common import re_prefix, fw_prefix


# ---------------------------------------------------------------- small helpers
def pat(c, blind_p=0.8, origin='qc', adult=False):
    while True:
        p = c.blind() if (origin == 'qc' and c.chance(blind_p)) else c.inv(origin)
        if not adult or 18 <= p.age_at(c.date.date()) <= 80:
            return p


def bed(c):
    return c.rng.choice(["C-", "Civ ", "Civ. ", "Corr ", "Box ", "Réa ", "FT-", "C"]) + str(c.rng.randrange(1, 34))


def age_sex(c, p):
    a = p.age_at(c.date.date())
    if c.lang == 'fr':
        sx = 'H' if p.sex == 'M' else 'F'
        return c.rng.choice([f"{a} {sx}", f"{a}{sx}", f"{a} ans", f"{sx} {a} a"])
    return c.rng.choice([f"{a} {p.sex}", f"{a}{p.sex}", f"{a}yo {p.sex}", f"{a} y/o"])


def nam_txt(c, p, styles=('plain', 'plain', 'plain', 'space', 'dash', 'lower')):
    c.add('ramq_nam')
    return ids.fmt_nam(p.nam, c.rng.choice(list(styles)))


def nam_label(c):
    return c.rng.choice(["NAM", "NAM", "No RAMQ", "RAMQ", "carte soleil", "no. ass. maladie"] if c.lang == 'fr'
                        else ["RAMQ", "RAMQ #", "Health card", "NAM", "QC HIN"])


def dob_txt(c, p, style=None):
    c.add('date_of_birth')
    return ids.fmt_date(p.dob, c.lang, style or c.rng.choice(['iso', 'slash', 'long', 'iso']))


def dob_label(c):
    return c.rng.choice(["DDN", "ddn", "Date de naissance", "né(e) le", "DN"] if c.lang == 'fr'
                        else ["DOB", "D.O.B.", "Date of birth", "born"])


def mrn_txt(c, p, inst):
    c.add('mrn')
    return c.mrn(p, inst)


def mrn_label(c):
    return c.rng.choice(["dossier", "# dossier", "No dossier", "Dossier", "N° dossier", "MRN"] if c.lang == 'fr'
                        else ["MRN", "MRN#", "chart #", "Chart", "Hosp #"])


def id_col(c, p, inst, mode):
    """Identifier cell for list rows: mode 'mrn' | 'nam' | None."""
    if mode == 'mrn':
        return mrn_txt(c, p, inst)
    if mode == 'nam':
        if p.nam:
            return nam_txt(c, p, ('plain', 'plain', 'space'))
        return "—"
    return None


def dx_fits(d, p, when):
    if p is None:
        return True
    a = p.age_at(when)
    if d[2] == 'gyn':
        return p.sex == 'F' and 16 <= a <= 48
    if d[2] == 'uro':
        return p.sex == 'M' and a <= 40
    if 'AAA' in d[4] or 'femoral neck' in d[1] or 'intertrochanteric' in d[1]:
        return a >= 50
    return True


def surg_dx(c, p=None):
    while True:
        d = c.rng.choice(world.DX)
        if dx_fits(d, p, c.date.date()):
            break
    return (d[0], d[3]) if c.lang == 'fr' else (d[1], d[4])


def maybe_typo(c, s, pr=0.15):
    return ids.typo(c.rng, s) if c.chance(pr) else s


# ================================================================= builders
def ed_handover(c):
    r = c.rng
    sender = c.staff(r.choice(['urg', 'asi', 'urg']))
    to = [c.staff(r.choice(['urg', 'asi', 'icu']), exclude=[(sender.given, sender.surname)])]
    hour = r.choice(['07h', '7h30', '15h', '23h', '8h'] if c.lang == 'fr' else ['0700', '0730', '1500', '2300'])
    n = r.randrange(3, 7)
    rows = []
    idmode = c.cycle('ed_handover.id', ['nam', None, 'mrn', 'nam'])
    for _ in range(n):
        p = pat(c, 0.95 if idmode == 'nam' else 0.8)
        if c.chance(0.55):
            dx = c.p(world.DX_MED)
        else:
            dx = surg_dx(c, p)[0]
        plan = r.choice([
            c.t("att. lit médecine", "awaiting medicine bed"), c.t("consult chir demandée", "surgery consult requested"),
            c.t("CT abdo à faire", "CT abdo pending"), c.t("refaire tropo à 3h", "repeat trop at 3h"),
            c.t("congé si ok après réévaluation", "d/c if reassessment ok"), c.t("att. ortho pour réduction", "waiting ortho for reduction"),
            c.t("admis USI, att. lit", "admitted ICU, waiting for bed"), c.t("psy à voir ce matin", "psych to see this am")])
        extra = ''
        if c.chance(0.4):
            extra = world.lab(r, c.lang)
            c.add('lab_result')
        elif c.chance(0.3):
            extra = c.p(world.MEDS_GIVEN)
            c.add('medication')
        nm = c.name(p, ['last_first', 'caps', 'last_first_plain', 'full', 'title_last'])
        row = [bed(c), nm, age_sex(c, p), dx, (plan + ("; " + extra if extra else ""))]
        if idmode:
            row.insert(2, id_col(c, p, 'rn', idmode))
        rows.append(row)
    c.add('patient_name', 'diagnosis')
    hdr = [c.t("Civ.", "Bed"), "Patient"] + ([mrn_label(c) if idmode == 'mrn' else nam_label(c)] if idmode else []) + \
          [c.t("Âge/S", "Age/S"), "Dx", c.t("Plan / en attente", "Plan / pending")]
    subj = r.choice([c.t(f"Relève urgence {hour} – civières", f"ED handover {hour} – stretchers"),
                     c.t(f"relève {hour}", f"handover {hour}"),
                     c.t(f"Liste civières au départ de la garde ({hour})", f"Board at end of shift ({hour})")])
    blocks = [c.greeting(to[0]),
              c.t(f"Voici la relève pour {hour}. {n} patients restants en zone civières.",
                  f"Handover for {hour}. {n} patients left on stretchers.")]
    atts = []
    mode = r.choice(['table', 'table', 'bullets', 'xlsx', 'pdf'])
    if mode in ('table', 'bullets'):
        blocks.append(('table', hdr, rows, 'bullets' if mode == 'bullets' else None))
    elif mode == 'xlsx':
        blocks.append(c.t("Tableau en pièce jointe.", "Sheet attached."))
        atts.append(att_xlsx(c.t("releve_urgence.xlsx", "ed_handover.xlsx"), [(c.t("Civières", "Stretchers"), [hdr] + rows)],
                             author=sender.full))
    else:
        blocks.append(c.t("Feuille de relève jointe (PDF).", "Handover sheet attached (PDF)."))
        atts.append(att_pdf(c.t("releve.pdf", "handover.pdf"), c.t("Relève – zone civières", "Handover – stretcher zone"),
                            [c.t(f"Garde se terminant à {hour}", f"Shift ending {hour}")], table=(hdr, rows),
                            author=sender.full))
    blocks.append(r.choice([c.t("Rien d'autre de spécial. Bonne garde.", "Nothing else. Have a good shift."),
                            c.t("Salle de réa libre. La pompe #3 est encore brisée.", "Resus bay free. Pump #3 still broken."),
                            c.t("Beaucoup de monde en salle d'attente (34).", "Waiting room is full (34).")]))
    blocks.append(c.sig(sender, short=True))
    c.notes.append("ED handover list")
    return c.mail(sender, to, subj, blocks, attachments=atts)


def or_schedule(c):
    r = c.rng
    sender = c.staff('bloc', 'sa')
    to = [c.staff(r.choice(['anes', 'chir', 'ortho']), 'sa'), c.staff('asi', 'sa')]
    day = c.day(1)
    rows = []
    with_dob = c.chance(0.4)
    idmode = c.cycle('or_schedule.id', ['mrn', 'nam'])
    initials = c.cycle('or_schedule.init', [False, True, False])
    t = datetime.datetime(2000, 1, 1, 8, 0)
    surg = c.staff(r.choice(['chir', 'ortho']), 'sa')
    room = r.randrange(1, 9)
    for _ in range(r.randrange(3, 7)):
        p = pat(c, 0.95 if idmode == 'nam' else 0.8)
        dx, proc = surg_dx(c, p)
        note = r.choice(["", "", c.t("allergie latex", "latex allergy"),
                         c.t("apixaban cessé 48 h", "apixaban held 48h"), c.t("DB2 – insuline", "T2DM on insulin"),
                         c.t("ASA 3", "ASA 3"), c.t("à jeun depuis minuit", "NPO since midnight")])
        if 'apixaban' in note or 'insul' in note:
            c.add('medication')
        row = [t.strftime('%H:%M'), ids.fmt_name(p, 'initials') if initials else c.name(p, ['last_first', 'caps', 'full', 'last_first_plain']),
               id_col(c, p, 'sa', idmode)]
        if with_dob:
            row.append(dob_txt(c, p, 'iso'))
        row += [proc, dx if c.chance(0.5) else "", note]
        rows.append(row)
        t += datetime.timedelta(minutes=r.choice([45, 60, 90, 120, 150]))
    c.add('diagnosis')
    if not initials:
        c.add('patient_name')
    hdr = [c.t("Heure", "Time"), "Patient", mrn_label(c) if idmode == 'mrn' else nam_label(c)] + ([dob_label(c)] if with_dob else []) + \
          [c.t("Intervention", "Procedure"), "Dx", "Notes"]
    dtxt = c.dstr(day)
    subj = r.choice([c.t(f"Programme opératoire salle {room} – {dtxt}", f"OR {room} list – {dtxt}"),
                     c.t(f"Horaire bloc {dtxt} (modifié)", f"OR schedule {dtxt} (revised)"),
                     c.t(f"Liste op {surg.titled('fr')} demain", f"{surg.titled('en')} list tomorrow")])
    blocks = [c.greeting(), c.t(f"Voici le programme de la salle {room} pour {dtxt}, {surg.titled('fr')}.",
                                f"Please find the OR {room} list for {dtxt}, {surg.titled('en')}.")]
    atts = []
    if c.chance(0.5):
        atts.append(att_xlsx(f"programme_salle{room}_{day.isoformat()}.xlsx" if c.lang == 'fr' else f"OR{room}_{day.isoformat()}.xlsx",
                             [(c.t("Programme", "List"), [hdr] + rows)], author=sender.full))
        blocks.append(c.t("Le fichier Excel est joint; les changements sont en jaune.", "Excel attached, changes highlighted."))
    else:
        blocks.append(('table', hdr, rows))
    blocks.append(c.t("Merci de confirmer les consentements avant 7h15.", "Please confirm consents before 0715."))
    blocks.append(c.sig(sender))
    c.notes.append("OR list with patients")
    return c.mail(sender, to, subj, blocks, attachments=atts)


def trauma_transfer(c):
    r = c.rng
    p = c.blind()
    src = r.choice(['hr', 'sa'])
    sender = c.staff('urg', src)
    to = [c.staff('trauma', 'rn'), (c.t("Centre de coordination des transferts", "Transfer centre"), f"transferts@{world.CCT['dom']}")]
    mech = c.p(world.MECH)
    injs = r.sample(world.TRAUMA_INJ, r.randrange(2, 4))
    injs = [i[0] if c.lang == 'fr' else i[1] for i in injs]
    gcs = r.randrange(9, 16)
    hr_ = r.randrange(95, 138)
    sbp = r.randrange(78, 122)
    labs = [world.lab(r, c.lang) for _ in range(r.randrange(1, 4))]
    meds = [c.p(world.MEDS_GIVEN) for _ in range(r.randrange(1, 3))]
    c.add('diagnosis', 'lab_result', 'medication')
    if c.cycle('trauma.anon', [False, False, True]):
        idline = [f"Patient : {age_sex(c, p)}", f"{nam_label(c)} {nam_txt(c, p)}"]
    else:
        c.add('patient_name')
        idline = [f"Patient : {c.name(p, ['full', 'last_first', 'caps', 'title'])}"]
        if c.chance(0.8):
            idline.append(f"{nam_label(c)} {nam_txt(c, p)}")
    if c.chance(0.6):
        idline.append(f"{dob_label(c)} {dob_txt(c, p)}")
    if c.chance(0.4):
        idline.append(f"{mrn_label(c)} {mrn_txt(c, p, src)}")
    lines = [", ".join(idline) if c.chance(0.5) else "\n".join(idline),
             c.t(f"Mécanisme : {mech}", f"Mechanism: {mech}"),
             c.t("Lésions : ", "Injuries: ") + "; ".join(injs),
             c.t(f"SV : FC {hr_}, TA {sbp}/{r.randrange(40, 75)}, GCS {gcs}", f"VS: HR {hr_}, BP {sbp}/{r.randrange(40, 75)}, GCS {gcs}"),
             c.t("Labos : ", "Labs: ") + ", ".join(labs),
             c.t("Rx reçus : ", "Meds given: ") + ", ".join(meds)]
    if c.chance(0.3) and p.age_at(c.date.date()) >= 18:
        lines.append(c.t("Social : ", "Social: ") + c.p(world.SOCIAL))
        c.add('social_information')
    subj = r.choice([c.t("Demande de transfert – polytrauma", "Transfer request – multi-trauma"),
                     c.t(f"Transfert trauma – {world.INST[src]['fr']}", f"Trauma transfer – {world.INST[src]['en']}"),
                     c.t("URGENT transfert traumato", "URGENT trauma transfer"),
                     c.t(f"Polytrauma {age_sex(c, p)} – acceptation?", f"Polytrauma {age_sex(c, p)} – accept?")])
    blocks = [c.greeting(),
              c.t(f"Je vous réfère un patient de {world.INST[src]['fr']} pour prise en charge en traumatologie tertiaire.",
                  f"Referring a patient from {world.INST[src]['en']} for tertiary trauma care.")]
    if c.chance(0.5):
        blocks.append(('list', lines))
    else:
        blocks.append("\n".join(lines))
    blocks.append(c.t(f"Transport par {world.AMB['fr']}, ETA ~{r.randrange(35, 120)} min si accepté. Imagerie poussée sur le PACS.",
                      f"Transport by {world.AMB['en']}, ETA ~{r.randrange(35, 120)} min if accepted. Imaging pushed to PACS."))
    blocks.append(c.sig(sender))
    atts = []
    if c.chance(0.35):
        atts.append(att_pdf(c.t("fiche_transfert.pdf", "transfer_form.pdf"),
                            c.t("Fiche de transfert interétablissements", "Inter-facility transfer form"), lines,
                            author=sender.full, footer=world.INST[src][c.lang]))
    c.notes.append("trauma transfer request")
    return c.mail(sender, to, subj, blocks, attachments=atts, importance='high' if c.chance(0.5) else None)


def preop_clinic(c):
    r = c.rng
    p = pat(c, 0.8)
    sender = c.staff('anes', 'rn')
    to = [c.staff(r.choice(['chir', 'ortho']), 'rn'), c.staff('bloc', 'rn')]
    dx, proc = surg_dx(c, p)
    comorb = [c.p(world.COMORB) for _ in range(r.randrange(1, 4))]
    meds = sorted(set(c.p(world.MEDS) for _ in range(r.randrange(2, 5))))
    labs = sorted(set(world.lab(r, c.lang) for _ in range(r.randrange(1, 3))))
    asa = r.choice(['2', '3', '3', '4'])
    c.add('diagnosis', 'medication', 'lab_result')
    anon = c.cycle('preop.anon', [False, False, True])
    if anon:
        head = f"{mrn_label(c)} {mrn_txt(c, p, 'rn')} ({age_sex(c, p)})"
        tag = c.mrn(p, 'rn')
    else:
        c.add('patient_name')
        head = f"{c.name(p)}"
        tag = p.surname
        if c.chance(0.6):
            head += f" – {mrn_label(c)} {mrn_txt(c, p, 'rn')}"
    if c.chance(0.35):
        head += f" – {dob_label(c)} {dob_txt(c, p)}"
    if p.nam and c.chance(0.4):
        head += f" – {nam_label(c)} {nam_txt(c, p)}"
    paras = [head,
             c.t(f"Chirurgie prévue : {proc} ({dx})", f"Planned surgery: {proc} ({dx})"),
             c.t("ATCD : ", "PMHx: ") + ", ".join(comorb),
             c.t("Médication : ", "Meds: ") + "; ".join(meds),
             c.t("Bilan : ", "Labs: ") + ", ".join(labs),
             c.t(f"ASA {asa}, Mallampati {r.randrange(1, 5)}. ", f"ASA {asa}, Mallampati {r.randrange(1, 5)}. ") +
             r.choice([c.t("Cesser anticoagulant 48 h avant.", "Hold anticoagulant 48h pre-op."),
                       c.t("Rachi envisagée.", "Spinal planned."), c.t("Lit USI post-op à prévoir.", "Book ICU bed post-op."),
                       c.t("Refaire FSC le matin de la chirurgie.", "Repeat CBC morning of surgery.")])]
    subj = r.choice([c.t("Clinique préop – évaluation", "Pre-op clinic assessment"),
                     c.t(f"Préop {tag}", f"Pre-op {tag}"),
                     c.t("Éval préanesthésique – à lire avant jeudi", "Anaesthesia pre-assessment – read before Thursday")])
    blocks = [c.greeting(to[0])]
    atts = []
    if c.chance(0.45):
        blocks.append(c.t("Vous trouverez ci-joint l'évaluation préanesthésique de votre patient(e).",
                          "Attached is the pre-anaesthesia assessment for your patient."))
        atts.append(att_docx(c.t(f"eval_preop_{tag}.docx", f"preop_{tag}.docx"),
                             c.t("Évaluation préanesthésique", "Pre-anaesthesia assessment"), paras, author=sender.full))
    else:
        blocks += paras
    blocks.append(c.sig(sender))
    c.notes.append("anaesthesia pre-op assessment")
    return c.mail(sender, to, subj, blocks, attachments=atts)


def bed_request(c):
    r = c.rng
    sender = c.staff('lits', 'hr')
    to = [c.staff('icu', 'hr'), c.staff('asi', 'hr')]
    rows = []
    iso = [("SARM+", "MRSA+"), ("C. difficile", "C. diff"), ("ERV", "VRE"), ("COVID+", "COVID+"), ("", ""), ("", "")]
    idmode = c.cycle('bed.id', ['mrn', 'nam', None, 'nam'])
    initials = idmode is not None and c.cycle('bed.init', [False, True])
    for _ in range(r.randrange(2, 6)):
        p = pat(c, 0.95 if idmode == 'nam' else 0.8)
        dx = c.p(world.DX_MED)
        i = c.p(iso)
        row = [ids.fmt_name(p, 'initials') if initials else c.name(p, ['last_first', 'caps', 'full', 'title']), dx, i,
               f"{r.randrange(6, 60)} h", r.choice(["7e Nord", "5e Sud", "USIC", "Gériatrie", "Chirurgie 4e", "Médecine 6"])]
        if idmode:
            row.insert(1, id_col(c, p, 'hr', idmode))
        rows.append(row)
    c.add('diagnosis')
    if not initials:
        c.add('patient_name')
    width = max(len(x) for x in rows)
    hdr = ["Patient"] + ([mrn_label(c) if idmode == 'mrn' else nam_label(c)] if width == 6 else []) + ["Dx", "Isolement" if c.lang == 'fr' else "Isolation",
                                                                   c.t("Attente", "Wait"), c.t("Unité ciblée", "Target unit")]
    subj = r.choice([c.t("Gestion des lits – admissions en attente à l'urgence", "Bed management – admitted patients in ED"),
                     c.t("Besoins de lits ce soir", "Bed needs tonight"), c.t("Plan de débordement", "Overcapacity plan")])
    blocks = [c.greeting(), c.t(f"Taux d'occupation de l'urgence : {r.randrange(120, 190)} %. Voici les patients à placer en priorité :",
                                f"ED occupancy {r.randrange(120, 190)}%. Priority patients to place:"),
              ('table', hdr, rows),
              c.t("Merci d'identifier vos congés potentiels avant 11 h.", "Please flag potential discharges by 11:00."),
              c.sig(sender)]
    c.notes.append("bed management list with patients")
    return c.mail(sender, to, subj, blocks)


def ambulance_booking(c):
    r = c.rng
    p = pat(c, 0.75, adult=True)
    sender = c.staff(r.choice(['agent', 'inf', 'asi']), r.choice(['rn', 'sa']))
    to = [(c.t("Répartition – transport inter-établissements", "Dispatch – inter-facility"), f"repartition@{world.AMB['dom']}")]
    addr = world.address(r, 'qc')
    tel = world.phone(r)
    c.add('patient_name', 'patient_contact')
    pick = c.date + datetime.timedelta(days=r.randrange(1, 6))
    dest, cond = r.choice([
        (c.t("Unité de dialyse, pavillon B", "Dialysis unit, pavilion B"),
         c.t("Fauteuil roulant, hémodialysé lun-mer-ven, IRC terminale", "Wheelchair, haemodialysis Mon-Wed-Fri, ESRD")),
        (c.t("Clinique d'orthopédie (suivi plâtre)", "Ortho clinic (cast follow-up)"),
         c.t("Assis, plâtre MI gauche, ne peut pas mettre de poids", "Seated, left leg cast, non-weight-bearing")),
        (c.t("Domicile", "Home"), c.t("Civière, O2 2 L/min, post-PTH droite", "Stretcher, O2 2 L/min, post right THA")),
        (c.t("CHSLD des Trembles", "Les Trembles LTC"),
         c.t("Civière, fracture bassin non chirurgicale, douleur ++", "Stretcher, non-op pelvic fracture, significant pain")),
        (c.t("Radio-oncologie", "Radiation oncology"),
         c.t("Fauteuil roulant, néo pulmonaire, O2 3 L", "Wheelchair, lung cancer, O2 3 L"))])
    lines = [f"{c.t('Nom', 'Name')} : {c.name(p)}"]
    if c.chance(0.6):
        lines.append(f"{dob_label(c)} : {dob_txt(c, p)}")
    if p.nam and c.chance(0.6):
        lines.append(f"{nam_label(c)} : {nam_txt(c, p)}")
    lines += [c.t(f"Adresse de prise en charge : {addr}", f"Pick-up address: {addr}"),
              c.t(f"Téléphone : {tel}", f"Phone: {tel}"),
              c.t(f"Destination : {dest}", f"Destination: {dest}"),
              c.t(f"Date/heure : {pick.strftime('%Y-%m-%d')} {r.choice(['7h30', '9h00', '13h15'])}",
                  f"Date/time: {pick.strftime('%Y-%m-%d')} {r.choice(['07:30', '09:00', '13:15'])}")]
    lines.append(c.t(f"Condition : {cond}", f"Condition: {cond}"))
    c.add('diagnosis')
    if c.chance(0.4):
        lines.append(r.choice([c.t("Vit seul, clé dans la boîte à code (1947) à droite de la porte", "Lives alone, key in lockbox (1947) right of the door"),
                               c.t("Fille présente, barrière de langue (parle espagnol)", "Daughter present, language barrier (Spanish)"),
                               c.t("Chien agressif sur place, aviser avant", "Aggressive dog on site, call ahead")]))
        c.add('social_information')
    subj = r.choice([c.t("Demande de transport ambulancier", "Ambulance transport request"),
                     c.t(f"Transport {p.surname} – {pick.strftime('%d/%m')}", f"Transport {p.surname} – {pick.strftime('%m/%d')}"),
                     c.t("transport retour domicile", "transport home")])
    blocks = [c.greeting(), c.t("Merci de planifier le transport suivant :", "Please book the following transport:"),
              "\n".join(lines) if c.chance(0.6) else ('list', lines), c.closing(), c.sig(sender)]
    c.notes.append("ambulance booking with home address/phone")
    return c.mail(sender, to, subj, blocks)


def ed_discharge_gp(c):
    r = c.rng
    p = pat(c, 0.8)
    sender = c.staff('urg', r.choice(['rn', 'sa', 'hr']))
    gp = r.choice(world.GP[:2])
    to = [(c.t("Secrétariat", "Front desk"), f"secretariat@{gp['dom']}")]
    dx = c.p(world.DX_MED) if c.chance(0.6) else surg_dx(c, p)[0]
    meds = [c.p(world.MEDS) for _ in range(r.randrange(1, 3))]
    lab = world.lab(r, c.lang)
    c.add('patient_name', 'diagnosis', 'medication', 'lab_result')
    lines = [f"Patient : {c.name(p, ['full', 'title', 'last_first'])}"]
    if p.nam and c.chance(0.7):
        lines.append(f"{nam_label(c)} {nam_txt(c, p)}")
    if c.chance(0.5):
        lines.append(f"{dob_label(c)} {dob_txt(c, p)}")
    lines += [c.t(f"Visite à l'urgence le {c.dstr(c.day(-1))}", f"ED visit on {c.dstr(c.day(-1))}"),
              c.t(f"Diagnostic : {dx}", f"Diagnosis: {dx}"),
              c.t(f"Résultats pertinents : {lab}", f"Relevant results: {lab}"),
              c.t("Prescription au congé : ", "Discharge prescription: ") + ", ".join(meds),
              c.t("Suivi : revoir en GMF d'ici 7 à 10 jours, bilan sanguin de contrôle.",
                  "Follow-up: GP visit within 7-10 days, repeat bloodwork.")]
    subj = r.choice([c.t("Sommaire de visite à l'urgence", "ED visit summary"),
                     c.t(f"Congé urgence – {p.surname}", f"ED discharge – {p.surname}"),
                     c.t("Suivi demandé – patient(e) de votre clinique", "Follow-up requested – your patient")])
    blocks = [c.t("Bonjour Docteur,", "Dear colleague,")]
    atts = []
    if c.chance(0.55):
        blocks.append(c.t(f"Votre patient(e) {p.surname} a été vu(e) à notre urgence. Le sommaire est joint.",
                          f"Your patient {p.surname} was seen in our ED. Summary attached."))
        atts.append(att_pdf(c.t(f"sommaire_urgence_{p.surname}.pdf", f"ED_summary_{p.surname}.pdf"),
                            c.t("Sommaire de visite – Urgence", "Emergency visit summary"), lines, author=sender.full))
    else:
        blocks.append(('list', lines) if c.chance(0.5) else "\n".join(lines))
    blocks += [c.closing(), c.sig(sender)]
    c.notes.append("ED discharge summary to family physician")
    return c.mail(sender, to, subj, blocks, attachments=atts)


def critical_lab(c):
    r = c.rng
    p = pat(c)
    sender = (c.t("Laboratoire – biochimie", "Core lab – chemistry"), f"labo.biochimie@{world.INST['rn']['dom']}")
    to = [c.staff('urg', 'rn'), c.staff('asi', 'rn')]
    labv = world.lab(r, c.lang)
    c.add('lab_result', 'mrn')
    m = c.mrn(p, 'rn')
    ident = f"{mrn_label(c)} {m}"
    if p.nam and c.chance(0.25):
        ident += f", {nam_label(c)} {nam_txt(c, p)}"
    if c.cycle('critlab.name', [False, True]):
        ident = f"{c.name(p, ['caps', 'last_first', 'full'])} ({ident})"
        c.add('patient_name')
    ward = bed(c)
    subj = r.choice([c.t(f"VALEUR CRITIQUE – {m}", f"CRITICAL VALUE – {m}"),
                     c.t("Résultat critique à communiquer", "Critical result – please acknowledge"),
                     c.t(f"Critique urgence {ward}", f"Critical ED {ward}")])
    body = [c.t("Résultat critique non joignable par téléphone (poste occupé).", "Critical result, could not reach by phone (line busy)."),
            f"{ident}\n{c.t('Localisation', 'Location')} : {c.t('Urgence', 'ED')} {ward}\n{c.t('Résultat', 'Result')} : {labv}\n"
            f"{c.t('Prélevé', 'Collected')} : {c.date.strftime('%H:%M')}",
            c.t("Merci de confirmer la réception par retour de courriel.", "Please acknowledge by reply."),
            c.t("Technologiste de garde", "On-call technologist")]
    if c.chance(0.3):
        body.append(c.t("Hémolyse : non. Résultat vérifié sur 2e tube.", "No haemolysis. Verified on second tube."))
    c.notes.append("critical lab value")
    return c.mail(sender, to, subj, body, importance='high')


def surgical_consult(c):
    r = c.rng
    p = pat(c)
    sender = c.staff('urg', 'rn')
    to = [c.staff(r.choice(['chir', 'ortho']), 'rn')]
    dx, proc = surg_dx(c, p)
    lab1 = world.lab(r, c.lang)
    c.add('diagnosis', 'lab_result')
    if c.cycle('consult.anon', [False, False, True]):
        nm = c.t("patient(e) ", "patient ") + f"{mrn_label(c)} {mrn_txt(c, p, 'rn')}"
    else:
        nm = c.name(p, ['title', 'title_last', 'full', 'last_first_plain', 'lower'])
        c.add('patient_name')
    txt = r.choice([
        c.t(f"Consult pour {nm}, {age_sex(c, p)}, civière {bed(c)}. Douleur FID depuis 24 h, défense. CT : {dx}. {lab1}. "
            f"À jeun depuis 6h. Peux-tu passer la voir?",
            f"Consult for {nm}, {age_sex(c, p)}, bed {bed(c)}. RLQ pain x24h, guarding. CT: {dx}. {lab1}. NPO since 6. Can you come see?"),
        c.t(f"Re: {nm} ({age_sex(c, p)}) – {dx} confirmé(e) à l'imagerie. {lab1}. Je pense que c'est pour {proc}.",
            f"Re: {nm} ({age_sex(c, p)}) – {dx} confirmed on imaging. {lab1}. Likely needs {proc}.")])
    if c.chance(0.4):
        med = c.p(world.MEDS)
        txt += c.t(f" Prend {med} à domicile.", f" Home meds include {med}.")
        c.add('medication')
    if c.chance(0.35):
        txt += f" {mrn_label(c)} {mrn_txt(c, p, 'rn')}."
    elif p.nam and c.chance(0.5):
        txt += f" {nam_label(c)} {nam_txt(c, p)}."
    subj = r.choice([c.t("Consultation chirurgie", "Surgery consult"), c.t(f"consult {dx}", f"consult {dx}"),
                     c.t("Consult urgent – civière", "Urgent consult – ED"), c.t("Patiente à voir", "Patient to see")])
    blocks = [c.greeting(to[0]), maybe_typo(c, txt), c.sig(sender, short=True)]
    c.notes.append("surgery consult from ED")
    return c.mail(sender, to, subj, blocks)


def social_work(c):
    r = c.rng
    p = pat(c, 0.7, adult=True)
    sender = c.staff('ts', r.choice(['rn', 'hr']))
    to = [(c.t("Accueil psychosocial CLSC", "Community intake team"), f"accueil.psychosocial@{world.INST['hr']['dom']}")]
    soc = sorted(set(c.p(world.SOCIAL) for _ in range(r.randrange(1, 3))))
    dx = c.p(world.DX_MED)
    c.add('patient_name', 'social_information', 'diagnosis')
    lines = [c.t(f"Usager : {c.name(p)}", f"Client: {c.name(p)}"),
             c.t(f"Motif de consultation à l'urgence : {dx}", f"ED presentation: {dx}"),
             c.t("Situation : ", "Situation: ") + "; ".join(soc)]
    if c.chance(0.5):
        lines.append(c.t(f"Coordonnées : {world.address(r)} / {world.phone(r)}",
                         f"Contact: {world.address(r)} / {world.phone(r)}"))
        c.add('patient_contact')
    if p.nam and c.chance(0.5):
        lines.append(f"{nam_label(c)} {nam_txt(c, p)}")
    if c.cycle('sw.sin', [True, False]):
        p.sin = p.sin or ids.gen_sin(r)
        lines.append(c.t(f"NAS (demande d'aide de dernier recours) : {ids.fmt_sin(p.sin, r.choice(['dash', 'space', 'plain']))}",
                         f"SIN (for income assistance application): {ids.fmt_sin(p.sin, r.choice(['dash', 'space', 'plain']))}"))
        c.add('ca_sin')
    subj = r.choice([c.t("Référence psychosociale – congé de l'urgence", "Psychosocial referral – ED discharge"),
                     c.t("Suivi TS demandé", "SW follow-up requested"), c.t("Situation à risque – suivi rapide svp", "At-risk situation – urgent follow-up please")])
    blocks = [c.greeting(),
              c.t("Je vous transmets une demande de suivi pour un(e) usager(ère) vu(e) cette nuit.",
                  "Sending a follow-up request for a client seen overnight."),
              "\n".join(lines),
              c.t("L'usager(ère) a consenti à la transmission de ces informations.", "The client consented to sharing this information."),
              c.sig(sender)]
    c.notes.append("social work referral")
    return c.mail(sender, to, subj, blocks)


def or_cancellation(c):
    r = c.rng
    p = pat(c, adult=True)
    sender = c.staff('bloc', 'sa')
    to = [c.staff('agent', 'sa')]
    dx, proc = surg_dx(c, p)
    tel = world.phone(r)
    c.add('patient_name', 'patient_contact', 'diagnosis')
    why = r.choice([c.t("aucun lit de chirurgie disponible", "no surgical bed available"),
                    c.t("cas urgent priorisé", "emergency case took priority"),
                    c.t("patient non à jeun", "patient not NPO"), c.t("INR trop élevé", "INR too high")])
    txt = c.t(f"La chirurgie de {c.name(p)} ({proc}) prévue demain est annulée : {why}. "
              f"SVP appeler le patient au {tel} pour le reporter dans les 2 semaines.",
              f"Tomorrow's case for {c.name(p)} ({proc}) is cancelled: {why}. "
              f"Please call the patient at {tel} to rebook within 2 weeks.")
    if p.nam and c.chance(0.3):
        txt += f" ({nam_label(c)} {nam_txt(c, p)})"
    if c.chance(0.4):
        txt += c.t(f" Cellulaire de la conjointe : {world.phone(r)}.", f" Spouse's cell: {world.phone(r)}.")
    subj = r.choice([c.t("Annulation bloc – à reporter", "OR cancellation – to rebook"), c.t("annulation demain", "cancellation tomorrow"),
                     c.t(f"Annulation {p.surname}", f"Cancellation {p.surname}")])
    blocks = [c.greeting(to[0]), txt, c.closing(), c.sig(sender, short=c.chance(0.5))]
    c.notes.append("OR cancellation with patient phone")
    return c.mail(sender, to, subj, blocks)


def incident_report(c):
    r = c.rng
    p = pat(c)
    sender = c.staff(r.choice(['asi', 'inf']), 'rn')
    to = [(c.t("Gestion des risques", "Risk management"), f"gestion.risques@{world.INST['rn']['dom']}"), c.staff('icu', 'rn')]
    c.add('diagnosis')
    ident = []
    if c.cycle('incident.name', [True, False]):
        ident.append(c.name(p))
        c.add('patient_name')
    ident.append(f"{mrn_label(c)} {mrn_txt(c, p, 'rn')}")
    if p.nam and c.chance(0.3):
        ident.append(f"{nam_label(c)} {nam_txt(c, p)}")
    ev = r.choice([c.t("chute de la civière vers 03h20, trouvé(e) au sol, lacération frontale suturée",
                       "fall from stretcher ~03:20, found on floor, forehead laceration sutured"),
                   c.t("erreur d'administration : reçu 10 mg d'hydromorphone au lieu de 1 mg, naloxone donnée",
                       "medication error: 10 mg hydromorphone given instead of 1 mg, naloxone given"),
                   c.t("fugue de l'urgence alors que sous Form P-38, retrouvé(e) par la police",
                       "eloped from ED while under involuntary hold, found by police")])
    if 'mg' in ev:
        c.add('medication')
    if 'P-38' in ev or 'police' in ev:
        c.add('social_information')
    bg = c.p(world.DX_MED)
    lines = [c.t("Déclaration d'incident/accident (AH-223)", "Incident report"),
             c.t("Usager : ", "Patient: ") + " – ".join(ident),
             c.t(f"Contexte : admis(e) pour {bg}", f"Background: admitted for {bg}"),
             c.t(f"Événement : {ev}", f"Event: {ev}")]
    subj = r.choice([c.t("Déclaration AH-223 – urgence", "Incident report – ED"), c.t("Incident cette nuit", "Incident overnight")])
    blocks = [c.greeting(), "\n".join(lines), c.t("Famille avisée.", "Family notified."), c.sig(sender)]
    c.notes.append("incident report about a patient")
    return c.mail(sender, to, subj, blocks)


def pacu_handover(c):
    r = c.rng
    p = pat(c)
    sender = c.staff('inf', 'sa')
    to = [c.staff('asi', 'sa')]
    dx, proc = surg_dx(c, p)
    med = r.choice([c.t("ACP hydromorphone 0,2 mg q10 min", "hydromorphone PCA 0.2 mg q10min"),
                    c.t("perfusion héparine selon protocole", "heparin infusion per protocol"),
                    c.t("céfazoline 2 g IV q8h x 24 h", "cefazolin 2 g IV q8h x 24h")])
    lab1 = world.lab(r, c.lang)
    c.add('diagnosis', 'medication', 'lab_result')
    if c.cycle('pacu.anon', [False, True, False]):
        who = f"{c.t('Salle', 'OR')} {r.randrange(1, 9)}, {mrn_label(c)} {mrn_txt(c, p, 'sa')}"
    else:
        c.add('patient_name')
        who = c.name(p)
        if p.nam and c.chance(0.3):
            who += f" ({nam_txt(c, p)})"
    txt = [c.t(f"{who} – {proc} terminé à {r.randrange(10, 17)}h{r.choice(['05', '20', '45'])}.",
               f"{who} – {proc} finished at {r.randrange(10, 17)}:{r.choice(['05', '20', '45'])}."),
           c.t(f"Pertes sanguines {r.randrange(50, 900)} mL. Post-op : {lab1}.", f"EBL {r.randrange(50, 900)} mL. Post-op: {lab1}."),
           c.t(f"Ordonnances post-op : {med}. Nausées contrôlées.", f"Post-op orders: {med}. PONV controlled."),
           c.t("Prêt(e) pour la montée à l'unité dès qu'un lit est prêt.", "Ready to go to the floor once bed is ready.")]
    subj = r.choice([c.t("Salle de réveil – transfert vers unité", "PACU – transfer to ward"), c.t("Rapport SDR", "PACU report")])
    blocks = [c.greeting()] + ([('list', txt)] if c.chance(0.5) else txt) + [c.sig(sender, short=True)]
    c.notes.append("PACU handover")
    return c.mail(sender, to, subj, blocks)


def blood_bank(c):
    r = c.rng
    p = pat(c)
    sender = (c.t("Banque de sang", "Blood bank"), f"banque.sang@{world.INST['rn']['dom']}")
    to = [c.staff(r.choice(['anes', 'chir', 'urg']), 'rn')]
    c.add('mrn', 'lab_result')
    ab = r.choice(["anti-K", "anti-E", "anti-Fya", "anti-Jka"])
    hb = f"Hb {r.randrange(58, 85)} g/L"
    if c.cycle('bb.name', [True, False, True]):
        c.add('patient_name')
        lines = [f"Patient : {c.name(p, ['caps', 'last_first', 'full'])}", f"{mrn_label(c)} {c.mrn(p, 'rn')}"]
    else:
        lines = [f"{mrn_label(c)} {c.mrn(p, 'rn')}"]
    if c.chance(0.6):
        lines.append(f"{dob_label(c)} {dob_txt(c, p)}")
    if p.nam and c.chance(0.3):
        lines.append(f"{nam_label(c)} {nam_txt(c, p)}")
    lines += [c.t(f"Groupe : {r.choice(['O', 'A', 'B', 'AB'])} {r.choice(['Rh+', 'Rh−'])}; dépistage positif, {ab} identifié",
                  f"Group: {r.choice(['O', 'A', 'B', 'AB'])} {r.choice(['Pos', 'Neg'])}; screen positive, {ab} identified"),
              c.t(f"Dernier {hb}", f"Last {hb}")]
    if c.chance(0.6):
        dx = surg_dx(c, p)[1]
        lines.append(c.t(f"Pour : {dx}, demande de 4 culots compatibles", f"For: {dx}, request for 4 crossmatched units"))
        c.add('diagnosis')
    subj = r.choice([c.t("Anticorps irrégulier – délai pour culots", "Antibody identified – delay for RBCs"),
                     c.t("Banque de sang : compatibilité", "Blood bank: crossmatch")])
    blocks = [c.greeting(to[0]), c.t("Pour votre information avant la chirurgie :", "FYI before surgery:"),
              "\n".join(lines), c.t("Délai estimé 3 à 4 heures pour des unités antigène-négatives.", "Estimated 3-4 hours for antigen-negative units.")]
    c.notes.append("blood bank antibody notice")
    return c.mail(sender, to, subj, blocks)

"""Negative scenarios, part 1: supply chain, staff/HR, committees, protocols, statistics."""
import datetime

import gen_attach as A
import gen_common as C
import gen_data as D
from gen_mime import Attachment
from gen_scen import Result, apply_transport, forward_block, quote_block

XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'


def _nam_like(r, drug):
    """Product/lot code shaped like 4 letters + 8 digits (not a patient identifier)."""
    return drug[:4].upper().replace('É', 'E') + ''.join(r.choice('0123456789') for _ in range(8))


def n_shortage_bulletin(ctx, lang):
    r = ctx.rng
    ph = D.STAFF['pharm'][r.choice([3, 5])]
    drug = r.choice(D.SHORTAGE_DRUGS)
    dn = drug[0] if lang == 'fr' else drug[1]
    alloc = r.choice([40, 50, 60, 70])
    npts = r.randint(12, 48)
    dins = [C.din(r) for _ in range(2)]
    if lang == 'fr':
        subj = r.choice(['Bulletin pénurie : %s' % dn.split()[0], 'AVIS – rupture d\'approvisionnement %s' % dn.split()[0],
                         'Pénurie – mesures de conservation'])
        body = ("Bonjour à tous,\n\nLe fournisseur nous avise d'une rupture de %s (DIN %s et %s) jusqu'à la mi-%s. "
                "Notre allocation est réduite à %d %% de l'historique.\n\nMesures immédiates :\n"
                "- arrondir les doses à la fiole la plus proche (± 5 %%)\n- regrouper les préparations le mardi et le jeudi\n"
                "- prioriser les intentions curatives selon l'algorithme du comité de pharmacologie\n\n"
                "Environ %d patients par mois reçoivent ce médicament chez nous ; l'impact sera discuté au comité jeudi. "
                "Aucune action n'est requise des cliniques pour l'instant.\n\n%s"
                % (dn, dins[0], dins[1], C.MOIS[r.randint(0, 11)], alloc, npts, ctx.sig(ph, 'fr', disclaimer=True)))
    else:
        subj = r.choice(['Shortage bulletin: %s' % dn.split()[0], 'NOTICE - supply disruption %s' % dn.split()[0],
                         'Shortage - conservation measures'])
        body = ("Hi all,\n\nThe supplier reports a stock-out of %s (DIN %s and %s) until mid-%s. "
                "Our allocation is cut to %d%% of historical use.\n\nImmediate measures:\n"
                "- round doses to the nearest vial (+/- 5%%)\n- batch compounding on Tuesdays and Thursdays\n"
                "- prioritise curative intent per the P&T algorithm\n\n"
                "About %d patients a month receive this drug here; impact will be reviewed at Thursday's committee. "
                "No action is required from clinics for now.\n\n%s"
                % (dn, dins[0], dins[1], C.MONTHS[r.randint(0, 11)], alloc, npts, ctx.sig(ph, 'en', disclaimer=True)))
    to = [('Oncologie – tous' if lang == 'fr' else 'Oncology - all', 'onco-tous@chhr.example')]
    m = ctx.new_mail(ctx.who(ph, lang), to, subj, lang)
    apply_transport(m, r, body)
    if r.random() < 0.4:
        m.attachments.append(Attachment('bulletin_penurie.pdf' if lang == 'fr' else 'shortage_bulletin.pdf', 'application/pdf',
                                        A.make_pdf(subj, body.split('\n')[:12])))
    return Result(m, [], 'drug shortage bulletin, aggregate only', 'shortage_bulletin')


def n_supplier_order(ctx, lang):
    r = ctx.rng
    sup = r.choice(D.SUPPLIERS)
    buyer = D.STAFF['admin'][1]
    po = 'PO-%d-%05d' % (2024, r.randint(100, 99999))
    inv = C.luhn_number(r, 9, r.choice('1234567'))
    drugs = r.sample(D.SHORTAGE_DRUGS, 3)
    rows = [['Item', 'DIN', 'Lot', 'Exp.', 'Qty', 'Unit $']]
    for dr in drugs:
        rows.append([dr[1], C.din(r), r.choice([C.lot_number(r), _nam_like(r, dr[1])]), '%d-%02d' % (r.choice([2025, 2026]), r.randint(1, 12)),
                     r.randint(2, 40), '%.2f' % (r.randint(800, 90000) / 100.0)])
    bo = r.choice(drugs)[1]
    if lang == 'fr':
        subj = r.choice(['Confirmation de commande %s' % po, 'Facture %s / %s' % (inv, po), 'Commande %s – rupture partielle' % po])
        body = ("Bonjour M. Gingras,\n\nNous confirmons la réception de votre bon de commande %s. Facture no %s.\n\n[[TABLE]]\n\n"
                "L'article %s est en rupture partielle ; livraison du solde prévue dans 10 jours ouvrables.\n\n"
                "Service à la clientèle\n%s\n%s" % (po, inv, bo, sup['name'], sup['phone']))
    else:
        subj = r.choice(['Order confirmation %s' % po, 'Invoice %s / %s' % (inv, po), 'Order %s - partial backorder' % po])
        body = ("Hello Mr. Gingras,\n\nWe confirm receipt of purchase order %s. Invoice no. %s.\n\n[[TABLE]]\n\n"
                "Item %s is on partial backorder; balance expected within 10 business days.\n\nCustomer Service\n%s\n%s"
                % (po, inv, bo, sup['name'], sup['phone']))
    m = ctx.new_mail(('%s – Service clientèle' % sup['name'], 'commandes@' + sup['dom']), [ctx.who(buyer, lang)], subj, lang)
    apply_transport(m, r, body, table=rows)
    if r.random() < 0.5:
        m.attachments.append(Attachment('facture_%s.pdf' % inv if lang == 'fr' else 'invoice_%s.pdf' % inv, 'application/pdf',
                                        A.make_pdf('Facture / Invoice %s' % inv, [' | '.join(str(c) for c in x) for x in rows] +
                                                   ['Bon de commande : %s' % po, 'Total taxes incluses'])))
    return Result(m, [], 'supplier order/invoice with lot numbers and Luhn-valid invoice no.', 'supplier_order')


def n_recall(ctx, lang):
    r = ctx.rng
    sup = r.choice(D.SUPPLIERS)
    drug = r.choice(D.SHORTAGE_DRUGS)
    lots = [C.lot_number(r) for _ in range(r.randint(2, 4))]
    cls = r.choice(['II', 'III'])
    if lang == 'fr':
        subj = 'RAPPEL DE PRODUIT (type %s) – %s' % (cls, drug[0])
        body = ("Madame, Monsieur,\n\nPar mesure de précaution, %s procède au rappel des lots suivants de %s :\n%s\n\n"
                "Motif : présence possible de particules visibles dans certaines fioles. Aucun effet indésirable n'a été signalé à ce jour. "
                "Veuillez mettre les lots en quarantaine et retourner le formulaire de réponse d'ici 5 jours ouvrables.\n\n"
                "Affaires réglementaires\n%s" % (sup['name'], drug[0], '\n'.join('- Lot %s, exp. %d-%02d' % (l, r.choice([2025, 2026]), r.randint(1, 12)) for l in lots), sup['name']))
    else:
        subj = 'PRODUCT RECALL (Type %s) - %s' % (cls, drug[1])
        body = ("Dear customer,\n\nAs a precaution, %s is recalling the following lots of %s:\n%s\n\n"
                "Reason: possible visible particulates in some vials. No adverse events have been reported. "
                "Please quarantine the lots and return the response form within 5 business days.\n\nRegulatory Affairs\n%s"
                % (sup['name'], drug[1], '\n'.join('- Lot %s, exp. %d-%02d' % (l, r.choice([2025, 2026]), r.randint(1, 12)) for l in lots), sup['name']))
    m = ctx.new_mail(('%s Regulatory' % sup['name'], 'rappels@' + sup['dom']), [('Pharmacie', 'pharmacie@chhr.example')], subj, lang)
    apply_transport(m, r, body)
    return Result(m, [], 'manufacturer recall, lot numbers', 'recall')


def n_oncall_schedule(ctx, lang):
    r = ctx.rng
    chef = D.STAFF['pharm'][5]
    start = ctx.date().date()
    start -= datetime.timedelta(days=start.weekday())
    rows = [['Semaine' if lang == 'fr' else 'Week', 'Garde onco' if lang == 'fr' else 'Onc on-call',
             'Garde USP' if lang == 'fr' else 'PCU on-call', 'Salle blanche' if lang == 'fr' else 'Cleanroom']]
    for w in range(r.randint(4, 8)):
        d = start + datetime.timedelta(weeks=w)
        ph = r.sample(D.STAFF['pharm'], 2)
        rows.append([C.fmt_date(d, lang, 0), '%s %s' % (ph[0][0], ph[0][1]), '%s %s' % (ph[1][0], ph[1][1]),
                     '%s %s' % r.choice(D.STAFF['tech'])[:2]])
    if lang == 'fr':
        subj = 'Horaire de garde – pharmaciens, période %d' % r.randint(1, 13)
        body = "Bonjour,\n\nVoici l'horaire de garde de la prochaine période. Les échanges doivent m'être signalés par courriel.\n\n%s"
    else:
        subj = 'On-call schedule - pharmacists, period %d' % r.randint(1, 13)
        body = "Hi,\n\nHere is next period's on-call schedule. Please email me any swaps.\n\n%s"
    m = ctx.new_mail(ctx.who(chef, lang), [('Pharmaciens' if lang == 'fr' else 'Pharmacists', 'pharmaciens@chhr.example')], subj, lang)
    if r.random() < 0.5:
        apply_transport(m, r, body % ctx.sig(chef, lang))
        m.attachments.append(Attachment('garde_%s.xlsx' % start.strftime('%Y%m%d'), XLSX, A.make_xlsx([('Garde', rows)])))
    else:
        apply_transport(m, r, (body % '') .rstrip() + '\n\n[[TABLE]]\n\n' + ctx.sig(chef, lang), table=rows)
    return Result(m, [], 'staff on-call rota', 'staff_schedule')


def n_leave(ctx, lang):
    r = ctx.rng
    emp = ctx.staff(r.choice(['pharm', 'nurse', 'tech']))
    boss = D.STAFF['pharm'][5] if emp in D.STAFF['pharm'] else D.STAFF['nurse'][3]
    d = ctx.date()
    a = d.date() + datetime.timedelta(days=r.randint(20, 60))
    b = a + datetime.timedelta(days=r.randint(4, 14))
    if lang == 'fr':
        subj = r.choice(['Demande de congé', 'Vacances – %s au %s' % (C.fmt_date(a, 'fr', 1), C.fmt_date(b, 'fr', 1)), 'Congé férié flottant'])
        orig = ("Bonjour %s,\n\nJe souhaiterais prendre congé du %s au %s (vacances annuelles). %s a accepté de me remplacer "
                "pour la garde du %s.\n\nMerci,\n%s" % (boss[0], C.fmt_date(a, 'fr', 2), C.fmt_date(b, 'fr', 2),
                                                         r.choice(D.STAFF['pharm'])[0], C.fmt_day(a, 'fr'), emp[0]))
        rep = r.choice(['Approuvé, bonnes vacances !', 'C\'est beau pour moi, je l\'inscris dans Logibec.', 'Ok, approuvé.'])
    else:
        subj = r.choice(['Leave request', 'Vacation %s-%s' % (C.fmt_date(a, 'en', 1), C.fmt_date(b, 'en', 1)), 'Floating holiday'])
        orig = ("Hi %s,\n\nI'd like to take leave from %s to %s (annual vacation). %s agreed to cover my on-call on %s.\n\nThanks,\n%s"
                % (boss[0], C.fmt_date(a, 'en', 2), C.fmt_date(b, 'en', 2), r.choice(D.STAFF['pharm'])[0], C.fmt_day(a, 'en'), emp[0]))
        rep = r.choice(['Approved, enjoy!', "Fine by me, I'll enter it in the system.", 'OK, approved.'])
    if r.random() < 0.5:
        m = ctx.new_mail(ctx.who(boss, lang), [ctx.who(emp, lang)], 'RE: ' + subj, lang)
        apply_transport(m, r, '%s\n\n%s\n\n%s' % (rep, boss[0], quote_block(orig, D.staff_name(emp, lang), d, lang, r)))
    else:
        m = ctx.new_mail(ctx.who(emp, lang), [ctx.who(boss, lang)], subj, lang)
        apply_transport(m, r, orig)
    return Result(m, [], 'staff leave request', 'staff_leave')


def n_occ_health(ctx, lang):
    r = ctx.rng
    emp = ctx.staff(r.choice(['tech', 'nurse']))
    hr = D.STAFF['admin'][2]
    drug = r.choice(['cyclophosphamide', 'fluorouracile', 'carboplatine', 'méthotrexate'])
    kind = r.choice(['spill', 'needle', 'absence'])
    if lang == 'fr':
        if kind == 'spill':
            subj = 'Déclaration d\'événement SST – déversement cytotoxique'
            body = ("Bonjour Valérie,\n\nPour ton suivi SST : %s %s a été exposé(e) à un déversement de %s en salle blanche hier vers 14 h "
                    "(rupture d'une poche lors du transfert). Lavage immédiat, légère irritation cutanée à l'avant-bras, vue au "
                    "bureau de santé ce matin. Formulaire AT-1 rempli. La trousse de déversement a été remplacée.\n\n%s")
        elif kind == 'needle':
            subj = 'Piqûre accidentelle – employé(e)'
            body = ("Bonjour Valérie,\n\n%s %s s'est piqué(e) avec une aiguille propre (avant utilisation) lors de la préparation de %s. "
                    "Pas d'exposition au sang. Déclaration faite au bureau de santé, aucun suivi sérologique requis.\n\n%s")
        else:
            subj = 'Absence prolongée – %s' % emp[1]
            body = ("Bonjour Valérie,\n\n%s %s m'a remis un billet médical : absence de 3 semaines à compter de lundi (chirurgie). "
                    "Je réorganise l'horaire de la salle blanche (%s en priorité). Peux-tu ouvrir le dossier d'assurance salaire ?\n\n%s")
    else:
        if kind == 'spill':
            subj = 'OHS incident report - cytotoxic spill'
            body = ("Hi Valérie,\n\nFor your OHS follow-up: %s %s was exposed to a %s spill in the cleanroom yesterday around 2 pm "
                    "(bag ruptured during transfer). Washed immediately, mild skin irritation on the forearm, seen by employee health "
                    "this morning. Incident form completed. Spill kit replaced.\n\n%s")
        elif kind == 'needle':
            subj = 'Needlestick - employee'
            body = ("Hi Valérie,\n\n%s %s had a needlestick with a clean needle (before use) while compounding %s. No blood exposure. "
                    "Reported to employee health, no serology follow-up needed.\n\n%s")
        else:
            subj = 'Extended absence - %s' % emp[1]
            body = ("Hi Valérie,\n\n%s %s gave me a medical note: 3 weeks off starting Monday (surgery). I'm reorganising the cleanroom "
                    "schedule (%s first). Can you open the salary insurance file?\n\n%s")
    body = body % (emp[0], emp[1], drug, ctx.sig(D.STAFF['pharm'][3], lang))
    m = ctx.new_mail(ctx.who(D.STAFF['pharm'][3], lang), [ctx.who(hr, lang)], subj, lang)
    apply_transport(m, r, body)
    return Result(m, [], 'employee occupational health (HR), not patient data', 'occupational_health')


def n_pt_committee(ctx, lang):
    r = ctx.rng
    sec = D.STAFF['pharm'][5]
    items_fr = ['Ajout au formulaire : trastuzumab déruxtécan (cancer du sein HER2-faible) – présentation Dre Haddad',
                'Pembrolizumab : passage à la dose fixe 400 mg q6sem – Dr Fradette',
                'Biosimilaires du rituximab : bilan de la transition (économies 2023-2024)',
                'Protocole de sédation palliative continue – révision – Dre Trudel',
                'Pénuries : mise à jour de l\'algorithme de priorisation',
                'Méthadone analgésique en soins palliatifs : ordonnance préimprimée']
    items_en = ['Formulary addition: trastuzumab deruxtecan (HER2-low breast cancer) - Dr. Haddad',
                'Pembrolizumab: move to fixed 400 mg q6w dosing - Dr. Fradette',
                'Rituximab biosimilars: transition results (2023-2024 savings)',
                'Continuous palliative sedation protocol - revision - Dr. Trudel',
                'Shortages: prioritisation algorithm update',
                'Methadone for pain in palliative care: pre-printed order set']
    items = r.sample(items_fr if lang == 'fr' else items_en, 4)
    d = ctx.date()
    if lang == 'fr':
        subj = 'Ordre du jour – Comité de pharmacologie, sous-comité oncologie (%s)' % C.fmt_date(d.date(), 'fr', 2)
        body = ("Bonjour,\n\nVoici l'ordre du jour de la prochaine rencontre (salle du conseil, 12 h – 13 h 30).\n\n%s\n\n"
                "Le procès-verbal de la dernière séance est en pièce jointe.\n\n%s"
                % ('\n'.join('%d. %s' % (i + 1, x) for i, x in enumerate(items)), ctx.sig(sec, 'fr')))
    else:
        subj = 'Agenda - P&T Committee, oncology subcommittee (%s)' % C.fmt_date(d.date(), 'en', 2)
        body = ("Hello,\n\nHere is the agenda for the next meeting (boardroom, 12:00-13:30).\n\n%s\n\n"
                "Minutes of the last meeting are attached.\n\n%s"
                % ('\n'.join('%d. %s' % (i + 1, x) for i, x in enumerate(items)), ctx.sig(sec, 'en')))
    m = ctx.new_mail(ctx.who(sec, lang), [ctx.who(s, lang) for s in r.sample(D.STAFF['onc'], 3)], subj, lang)
    m.date = d
    apply_transport(m, r, body)
    m.attachments.append(Attachment('PV_comite.docx' if lang == 'fr' else 'minutes.docx', DOCX,
                                    A.make_docx('Procès-verbal' if lang == 'fr' else 'Minutes', items + [
                                        'Présences : %s' % ', '.join(D.staff_name(s, lang) for s in D.STAFF['onc'][:3])])))
    return Result(m, [], 'committee agenda, physicians named with topics', 'committee')


def n_tumour_board_logistics(ctx, lang):
    r = ctx.rng
    coord = D.STAFF['admin'][0]
    site = r.choice([('digestif', 'GI'), ('thoracique', 'thoracic'), ('sein', 'breast'), ('ORL', 'head and neck')])
    ncas = r.randint(4, 9)
    d = ctx.date()
    start = d.replace(tzinfo=None, hour=12, minute=0, second=0)
    end = start.replace(hour=13)
    if lang == 'fr':
        summ = 'Comité des tumeurs %s – %d cas' % (site[0], ncas)
        desc = ("Comité hebdomadaire. %d cas au programme (liste envoyée séparément par le dossier patient électronique). "
                "Lien Teams dans l'invitation. Radiologie : Dr Lemire présente les images." % ncas)
        body = "Bonjour,\n\nInvitation pour le comité de jeudi. La liste nominative sera disponible dans le DPE seulement.\n\n%s" % ctx.sig(coord, 'fr')
    else:
        summ = '%s tumour board - %d cases' % (site[1].capitalize(), ncas)
        desc = ("Weekly board. %d cases scheduled (list shared separately through the EHR). Teams link in invite. "
                "Dr. Lemire presents imaging." % ncas)
        body = "Hello,\n\nInvite for Thursday's board. The case list is available in the EHR only.\n\n%s" % ctx.sig(coord, 'en')
    ics = A.make_ics('tb-%s@chhr.example' % start.strftime('%Y%m%d'), start, end, summ, desc, 'Salle 3B-114 / Teams',
                     (D.staff_name(coord, lang), D.staff_addr(coord)),
                     [(D.staff_name(s, lang, False), D.staff_addr(s)) for s in D.STAFF['onc'][:3]])
    m = ctx.new_mail(ctx.who(coord, lang), [ctx.who(s, lang) for s in D.STAFF['onc'][:3]], summ, lang)
    apply_transport(m, r, body)
    m.attachments.append(Attachment('invite.ics', 'text/calendar', ics, cte=r.choice(['base64', '7bit']), charset='utf-8',
                                    extra_ct='; method=REQUEST'))
    return Result(m, [], 'tumour board invite, counts only', 'tumour_board_logistics')


def n_teaching_case(ctx, lang):
    r = ctx.rng
    doc = ctx.staff(r.choice(['onc', 'pall']))
    dx = r.choice(D.DIAGNOSES)
    age = r.randint(44, 86)
    sexe = r.choice([('Femme', 'woman'), ('Homme', 'man')])
    labs = ', '.join('%s %s' % (n, f(r)) for n, f in r.sample(D.LABS_FR if lang == 'fr' else D.LABS_EN, 2))
    if lang == 'fr':
        subj = r.choice(['Cas clinique – club de lecture résidents', 'Cas pour l\'ECOS de jeudi', 'Vignette – pharmacothérapie onco'])
        body = ("Bonjour à tous,\n\nVoici le cas (anonymisé) pour la discussion de jeudi :\n\n%s de %d ans, %s, en cours de %s. "
                "Se présente à J10 avec fièvre et %s. Antécédents : MPOC, diabète type 2.\n\n"
                "Questions :\n1. Prise en charge initiale ?\n2. Ajustement des doses pour le cycle suivant ?\n3. Place du G-CSF ?\n\n%s"
                % (sexe[0], age, dx[0], D.REGIMENS[dx[2]][0].split(':')[0], labs, ctx.sig(doc, 'fr')))
    else:
        subj = r.choice(['Teaching case - residents journal club', 'Case for Thursday OSCE', 'Vignette - oncology pharmacotherapy'])
        body = ("Hi all,\n\nHere is the (de-identified) case for Thursday:\n\nA %d-year-old %s with %s on %s presents on day 10 "
                "with fever and %s. History: COPD, type 2 diabetes.\n\nQuestions:\n1. Initial management?\n"
                "2. Dose adjustment for next cycle?\n3. Role of G-CSF?\n\n%s"
                % (age, sexe[1], dx[1], D.REGIMENS[dx[2]][1].split(':')[0], labs, ctx.sig(doc, 'en')))
    m = ctx.new_mail(ctx.who(doc, lang), [('Résidents' if lang == 'fr' else 'Residents', 'residents-onco@chhr.example')], subj, lang)
    apply_transport(m, r, body)
    if r.random() < 0.3:
        m.attachments.append(Attachment('cas_clinique.pdf' if lang == 'fr' else 'teaching_case.pdf', 'application/pdf',
                                        A.make_pdf(subj, body.split('\n'))))
    return Result(m, [], 'de-identified teaching case', 'teaching_case')


def n_protocol_update(ctx, lang):
    r = ctx.rng
    ph = ctx.staff('pharm')
    key = r.choice(list(D.REGIMENS))
    reg = D.REGIMENS[key][0 if lang == 'fr' else 1]
    v = '%d.%d' % (r.randint(2, 6), r.randint(0, 9))
    if lang == 'fr':
        subj = 'Mise à jour du protocole %s (v%s)' % (key, v)
        body = ("Bonjour,\n\nLa version %s du protocole %s entre en vigueur lundi.\n\nSchéma : %s\n\nChangements :\n"
                "- seuil de traitement : NAN ≥ 1,5 x 10⁹/L et plaquettes ≥ 100 x 10⁹/L\n"
                "- prémédication : dexaméthasone 12 mg J1, olanzapine 5 mg J1-4\n"
                "- réduction de 20 %% si ClCr 30-50 mL/min\n\nLes ordonnances préimprimées ont été mises à jour dans le système.\n\n%s"
                % (v, key, reg, ctx.sig(ph, 'fr')))
    else:
        subj = 'Protocol update %s (v%s)' % (key, v)
        body = ("Hello,\n\nVersion %s of the %s protocol takes effect Monday.\n\nRegimen: %s\n\nChanges:\n"
                "- treatment threshold: ANC >= 1.5 x 10^9/L and platelets >= 100 x 10^9/L\n"
                "- premedication: dexamethasone 12 mg D1, olanzapine 5 mg D1-4\n"
                "- 20%% reduction if CrCl 30-50 mL/min\n\nPre-printed orders have been updated in the system.\n\n%s"
                % (v, key, reg, ctx.sig(ph, 'en')))
    m = ctx.new_mail(ctx.who(ph, lang), [('Oncologie – tous' if lang == 'fr' else 'Oncology - all', 'onco-tous@chhr.example')], subj, lang)
    apply_transport(m, r, body)
    if r.random() < 0.4:
        m.attachments.append(Attachment('protocole_%s_v%s.pdf' % (key, v), 'application/pdf', A.make_pdf(subj, body.split('\n'))))
    return Result(m, [], 'generic protocol update with thresholds', 'protocol_update')


def n_trial_announcement(ctx, lang):
    r = ctx.rng
    rc = ctx.staff('research')
    tr = r.choice(D.TRIALS)
    if lang == 'fr':
        subj = 'Nouvelle étude ouverte : %s' % tr[1]
        body = ("Bonjour,\n\nL'étude %s (%s), %s, est maintenant ouverte au recrutement au CHHR.\n\n"
                "Principaux critères d'inclusion :\n- 18 ans et plus, ECOG 0-1\n- maladie mesurable (RECIST 1.1)\n"
                "- NAN ≥ 1,5, bilirubine ≤ 1,5 x LSN, ClCr ≥ 45 mL/min\n\nCritères d'exclusion : métastases cérébrales non traitées, "
                "maladie auto-immune active.\n\nChercheur principal : %s. Pour référer, écrivez-moi ou appelez le poste 5521.\n\n%s"
                % (tr[1], tr[0], tr[2], D.staff_name(r.choice(D.STAFF['onc']), 'fr'), ctx.sig(rc, 'fr')))
    else:
        subj = 'New trial open: %s' % tr[1]
        body = ("Hello,\n\n%s (%s), %s, is now open to accrual at CHHR.\n\nKey inclusion criteria:\n- age 18+, ECOG 0-1\n"
                "- measurable disease (RECIST 1.1)\n- ANC >= 1.5, bilirubin <= 1.5 x ULN, CrCl >= 45 mL/min\n\n"
                "Exclusion: untreated brain metastases, active autoimmune disease.\n\nPI: %s. To refer, email me or call ext 5521.\n\n%s"
                % (tr[1], tr[0], tr[3], D.staff_name(r.choice(D.STAFF['onc']), 'en'), ctx.sig(rc, 'en')))
    m = ctx.new_mail(ctx.who(rc, lang), [('Oncologie – tous' if lang == 'fr' else 'Oncology - all', 'onco-tous@chhr.example')], subj, lang)
    apply_transport(m, r, body)
    return Result(m, [], 'trial open announcement with eligibility criteria', 'trial_announcement')


def n_stats(ctx, lang):
    r = ctx.rng
    ph = D.STAFF['pharm'][3]
    rows = [['Protocole' if lang == 'fr' else 'Regimen', 'Préparations' if lang == 'fr' else 'Preparations',
             'Patients distincts' if lang == 'fr' else 'Unique patients', 'Coût ($)' if lang == 'fr' else 'Cost ($)']]
    for k in r.sample(list(D.REGIMENS), 6):
        n = r.randint(8, 160)
        rows.append([k, n, r.randint(3, n), r.randint(2000, 250000)])
    month = r.randint(0, 11)
    if lang == 'fr':
        subj = 'Statistiques salle blanche – %s 2024' % C.MOIS[month]
        body = ("Bonjour,\n\nVoici les statistiques du mois de %s : %d préparations stériles (+%d %% vs 2023), "
                "taux de double vérification 99,2 %%, 3 préparations rejetées au contrôle.\n\n[[TABLE]]\n\n%s"
                % (C.MOIS[month], sum(x[1] for x in rows[1:]), r.randint(2, 14), ctx.sig(ph, 'fr')))
    else:
        subj = 'Cleanroom statistics - %s 2024' % C.MONTHS[month]
        body = ("Hello,\n\nStatistics for %s: %d sterile preparations (+%d%% vs 2023), double-check rate 99.2%%, "
                "3 preparations rejected at QC.\n\n[[TABLE]]\n\n%s" % (C.MONTHS[month], sum(x[1] for x in rows[1:]), r.randint(2, 14), ctx.sig(ph, 'en')))
    m = ctx.new_mail(ctx.who(ph, lang), [ctx.who(D.STAFF['pharm'][5], lang)], subj, lang)
    if r.random() < 0.5:
        apply_transport(m, r, body, table=rows)
    else:
        apply_transport(m, r, body.replace('[[TABLE]]', 'Détail en pièce jointe (CSV).' if lang == 'fr' else 'Details attached (CSV).'))
        m.attachments.append(Attachment('stats_%02d.csv' % (month + 1), 'text/csv', A.make_csv(rows, ';' if lang == 'fr' else ','),
                                        cte='quoted-printable', charset='utf-8'))
    return Result(m, [], 'aggregate compounding statistics', 'statistics')


def n_bsc_maintenance(ctx, lang):
    r = ctx.rng
    tech = D.STAFF['admin'][3]
    n = r.randint(2, 4)
    rows = [['Équipement' if lang == 'fr' else 'Equipment', 'No série' if lang == 'fr' else 'Serial', 'Actif' if lang == 'fr' else 'Asset',
             'Certification']]
    for i in range(n):
        rows.append([r.choice(['ESB classe II B2', 'Isolateur CACI', 'Hotte à flux laminaire', 'Réfrigérateur vaccins']) if lang == 'fr'
                     else r.choice(['Class II B2 BSC', 'CACI isolator', 'Laminar flow hood', 'Pharmacy fridge']),
                     C.luhn_number(r, r.choice([9, 10])), 'CHHR-%s' % C.luhn_number(r, 7), r.choice(['OK', 'OK', 'À refaire' if lang == 'fr' else 'Retest'])])
    d = ctx.date()
    if lang == 'fr':
        subj = r.choice(['Certification annuelle des enceintes – salle blanche', 'Maintenance préventive ESB', 'Bon de travail GBM'])
        body = ("Bonjour,\n\nLa certification annuelle des enceintes de sécurité biologique aura lieu %s de 7 h à 15 h. "
                "La salle blanche sera fermée ; prévoir les préparations la veille.\n\n[[TABLE]]\n\nFournisseur : %s, technicien certifié NSF.\n\n%s"
                % (C.fmt_day(d.date(), 'fr'), D.SUPPLIERS[4]['name'], ctx.sig(tech, 'fr')))
    else:
        subj = r.choice(['Annual cabinet certification - cleanroom', 'BSC preventive maintenance', 'Biomed work order'])
        body = ("Hello,\n\nAnnual certification of the biosafety cabinets is on %s, 7:00-15:00. The cleanroom will be closed; "
                "please compound the day before.\n\n[[TABLE]]\n\nVendor: %s, NSF-accredited technician.\n\n%s"
                % (C.fmt_day(d.date(), 'en'), D.SUPPLIERS[4]['name'], ctx.sig(tech, 'en')))
    m = ctx.new_mail(ctx.who(tech, lang), [ctx.who(D.STAFF['pharm'][3], lang), ctx.who(D.STAFF['tech'][1], lang)], subj, lang)
    apply_transport(m, r, body, table=rows)
    return Result(m, [], 'facilities: BSC certification with Luhn-valid serials', 'facilities')


def n_it_downtime(ctx, lang):
    r = ctx.rng
    d = ctx.date()
    test = r.random() < 0.4
    ver = '%d.%d.%d' % (r.randint(3, 9), r.randint(0, 12), r.randint(0, 40))
    if lang == 'fr':
        subj = r.choice(['[Arrêt planifié] SyPharm – %s' % C.fmt_date(d.date(), 'fr', 1), 'Mise à jour bibliothèque pompes intelligentes',
                         'Interruption de service – prescripteur électronique'])
        body = ("Bonjour,\n\nUne interruption planifiée de SyPharm aura lieu %s de 23 h à 3 h (mise à niveau %s). "
                "Procédure dégradée : ordonnances papier, formulaire PH-112. La bibliothèque de médicaments des pompes Alaris sera aussi "
                "mise à jour (révision %d)." % (C.fmt_day(d.date(), 'fr'), ver, r.randint(20, 90)))
        if test:
            body += ("\n\nValidation après mise à jour : utiliser uniquement le patient fictif TEST, ONCOLOGIE (dossier 9999001) "
                     "dans l'environnement de formation.")
        body += "\n\nSoutien informatique – poste 4357\nDirection des ressources informationnelles"
    else:
        subj = r.choice(['[Planned outage] SyPharm - %s' % C.fmt_date(d.date(), 'en', 1), 'Smart pump library update',
                         'Service interruption - e-prescribing'])
        body = ("Hello,\n\nA planned SyPharm outage will take place on %s from 23:00 to 03:00 (upgrade to %s). Downtime procedure: "
                "paper orders, form PH-112. The Alaris pump drug library will also be updated (revision %d)."
                % (C.fmt_day(d.date(), 'en'), ver, r.randint(20, 90)))
        if test:
            body += ("\n\nPost-upgrade validation: use only the dummy patient TEST, ONCOLOGY (chart 9999001) in the training environment.")
        body += "\n\nIT Service Desk - ext 4357\nInformation Resources Directorate"
    m = ctx.new_mail(('Soutien TI' if lang == 'fr' else 'IT Service Desk', 'servicedesk@chhr.example'),
                     [('Pharmacie', 'pharmacie@chhr.example')], subj, lang)
    apply_transport(m, r, body)
    return Result(m, [], 'IT outage notice%s' % (' with dummy test patient' if test else ''), 'it_notice')


def n_job_posting(ctx, lang):
    r = ctx.rng
    hr = D.STAFF['admin'][2]
    post = r.choice([('Pharmacien(ne) – oncologie', 'Oncology pharmacist'), ('ATP – salle blanche', 'Pharmacy technician - cleanroom'),
                     ('Infirmier(ère) pivot en oncologie', 'Oncology nurse navigator'), ('Coordonnateur(trice) de recherche', 'Research coordinator')])
    num = 'AFF-%d-%04d' % (2024, r.randint(1, 9999))
    if lang == 'fr':
        subj = 'Affichage %s – %s' % (num, post[0])
        body = ("Affichage interne %s\n\nPoste : %s, temps complet, permanent\nService : département de pharmacie / centre de cancérologie\n"
                "Exigences : membre en règle de l'ordre professionnel, expérience en oncologie un atout.\n"
                "Échelle salariale selon la convention collective.\nPériode d'affichage : 14 jours.\n\nPostuler via le portail RH.\n\n%s"
                % (num, post[0], ctx.sig(hr, 'fr')))
    else:
        subj = 'Posting %s - %s' % (num, post[1])
        body = ("Internal posting %s\n\nPosition: %s, full time, permanent\nDepartment: Pharmacy / Cancer Centre\n"
                "Requirements: licensed, oncology experience an asset.\nSalary per collective agreement.\nPosting period: 14 days.\n\n"
                "Apply through the HR portal.\n\n%s" % (num, post[1], ctx.sig(hr, 'en')))
    m = ctx.new_mail(ctx.who(hr, lang), [('Tout le personnel' if lang == 'fr' else 'All staff', 'tous@chhr.example')], subj, lang)
    apply_transport(m, r, body)
    return Result(m, [], 'job posting', 'job_posting')


def n_conference(ctx, lang):
    r = ctx.rng
    org = ctx.staff('pall')
    talks_fr = ['Dre Amélie Trudel – La sédation palliative continue : indications et pièges',
                'Dr Samuel Okafor – Cancer colorectal métastatique : quoi de neuf en 2024 ?',
                'Nadia Belkacem, pharm. – Méthadone analgésique : conversion et interactions',
                'Dre Catherine Beaulieu – Myélome multiple chez la personne âgée',
                'Geneviève Roy, t.s. – Soutenir les proches aidants en fin de vie',
                'Dr Daniel Kowalski – Soins palliatifs à domicile en région']
    talks_en = ['Dr. Amélie Trudel - Continuous palliative sedation: indications and pitfalls',
                "Dr. Samuel Okafor - Metastatic colorectal cancer: what's new in 2024",
                'Nadia Belkacem, pharmacist - Methadone for pain: conversion and interactions',
                'Dr. Catherine Beaulieu - Multiple myeloma in older adults',
                'Mark Ellison, MSW - Supporting family caregivers at end of life',
                'Dr. Daniel Kowalski - Rural home palliative care']
    talks = r.sample(talks_fr if lang == 'fr' else talks_en, 4)
    d = ctx.date()
    if lang == 'fr':
        subj = 'Journée régionale de soins palliatifs et d\'oncologie – programme'
        body = ("Bonjour,\n\nLa 12e journée régionale aura lieu le %s à l'auditorium du CHHR (et en ligne).\n\nProgramme :\n%s\n\n"
                "Accréditation : 6 heures de formation continue. Inscription gratuite pour le personnel.\n\n%s"
                % (C.fmt_date(d.date(), 'fr', 2), '\n'.join('- ' + t for t in talks), ctx.sig(org, 'fr')))
    else:
        subj = 'Regional palliative and oncology day - program'
        body = ("Hello,\n\nThe 12th regional day is on %s in the CHHR auditorium (and online).\n\nProgram:\n%s\n\n"
                "Accreditation: 6 hours CE. Free for staff.\n\n%s" % (C.fmt_date(d.date(), 'en', 2), '\n'.join('- ' + t for t in talks), ctx.sig(org, 'en')))
    m = ctx.new_mail(ctx.who(org, lang), [('Tout le personnel' if lang == 'fr' else 'All staff', 'tous@chhr.example')], subj, lang)
    apply_transport(m, r, body)
    return Result(m, [], 'conference program, speakers and topics', 'conference')


def n_newsletter(ctx, lang):
    r = ctx.rng
    newcomer = r.choice(D.STAFF['pharm'] + D.STAFF['nurse'])
    n_pts = r.randint(1800, 3200)
    if lang == 'fr':
        subj = 'L\'Onco-Info – bulletin du centre de cancérologie, %s' % r.choice(['printemps', 'été', 'automne', 'hiver'])
        body = ("L'Onco-Info\n\nEn bref\n- %d nouveaux patients vus au centre l'an dernier (+6 %%).\n"
                "- La clinique de suivi des survivants ouvre le mardi après-midi.\n- L'unité de soins palliatifs passe à 14 lits.\n\n"
                "Bienvenue à %s %s, qui se joint à l'équipe comme %s.\n\n"
                "Saviez-vous que ? Le délai médian entre la référence et la première consultation est passé de 19 à 12 jours.\n\n"
                "Pour vous désabonner, écrivez à communications@chhr.example." % (n_pts, newcomer[0], newcomer[1], newcomer[3].lower()))
    else:
        subj = 'Onco-Info - Cancer Centre newsletter, %s' % r.choice(['spring', 'summer', 'fall', 'winter'])
        body = ("Onco-Info\n\nIn brief\n- %d new patients seen at the centre last year (+6%%).\n"
                "- The survivorship clinic opens on Tuesday afternoons.\n- The palliative care unit grows to 14 beds.\n\n"
                "Welcome to %s %s, joining the team as %s.\n\n"
                "Did you know? Median time from referral to first consult dropped from 19 to 12 days.\n\n"
                "To unsubscribe, write to communications@chhr.example." % (n_pts, newcomer[0], newcomer[1], newcomer[4].lower()))
    m = ctx.new_mail(('Communications CHHR', 'communications@chhr.example'), [('Tout le personnel' if lang == 'fr' else 'All staff', 'tous@chhr.example')], subj, lang)
    m.mailer = 'Mailchimp'
    apply_transport(m, r, body, fmt=r.choice(['html', 'alt']))
    return Result(m, [], 'newsletter with aggregates and staff news', 'newsletter')


NEG1 = [n_shortage_bulletin, n_supplier_order, n_recall, n_oncall_schedule, n_leave, n_occ_health, n_pt_committee,
        n_tumour_board_logistics, n_teaching_case, n_protocol_update, n_trial_announcement, n_stats, n_bsc_maintenance,
        n_it_downtime, n_job_posting, n_conference, n_newsletter]
